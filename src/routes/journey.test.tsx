import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../test/render-app'
import { requests, server, serveDatasetForEachTest } from '../test/dataset-server'

serveDatasetForEachTest()

const href = (router: ReturnType<typeof renderApp>['router']) => router.state.location.href

async function caption() {
  const table = await screen.findByRole('table')
  return within(table).getByText((_, el) => el?.tagName === 'CAPTION').textContent
}

function bodyRows() {
  // Data rows' row header is the linked occupation title; sub-cluster heading rows have no link.
  return screen.getAllByRole('row').filter((row) =>
    within(row)
      .queryAllByRole('rowheader')
      .some((th) => th.querySelector('a')),
  )
}

function occupationTitles() {
  return bodyRows().map(
    (row) => within(row).getByRole('rowheader').querySelector('a')?.firstChild?.textContent,
  )
}

describe('cluster grid', () => {
  it('lists the 14 clusters as links with their occupation counts, downloading no occupation lists', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: /career cluster/i })).toBeInTheDocument()
    const main = screen.getByRole('main')
    const links = within(main)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/clusters/'))
    expect(links).toHaveLength(14)
    const marketing = within(main).getByRole('link', { name: /marketing & sales/i })
    expect(marketing).toHaveTextContent('34 occupations')
    expect(marketing).toHaveAttribute('href', '/clusters/060300')
    expect(document.title).toMatch(/Career Clusters/)
    expect(requests).toEqual(['/data/clusters.json'])
    expect(screen.getAllByRole('link', { name: /O\*NET Web Services/ }).length).toBeGreaterThan(0)
  })

  it('routes to the cluster, titles the view and moves focus to its heading', async () => {
    const { router, user } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: /financial services/i }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Financial Services' })
    expect(href(router)).toBe('/clusters/030100')
    await waitFor(() => expect(heading).toHaveFocus())
    expect(document.title).toMatch(/^Financial Services occupations, page 1 of 3/)
    expect(requests).toEqual(['/data/clusters.json', '/data/clusters/030100.json'])
  })
})

describe('occupation table', () => {
  it('shows 20 rows with the total, links to O*NET OnLine in a new tab, and badges in words', async () => {
    renderApp('/clusters/030100')
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
    expect(bodyRows()).toHaveLength(20)
    expect(screen.getByText('53 occupations')).toBeInTheDocument()
    const accountants = screen.getByRole('link', { name: /accountants and auditors/i })
    expect(accountants).toHaveAttribute('href', 'https://www.onetonline.org/link/summary/13-2011.00')
    expect(accountants).toHaveAttribute('target', '_blank')
    expect(accountants.getAttribute('rel')).toContain('noopener')
    const row = accountants.closest('tr') as HTMLElement
    expect(within(row).getByText('Bright Outlook')).toBeInTheDocument()
    expect(within(row).getByRole('cell', { name: '13-2011.00' })).toBeInTheDocument()
    expect(within(row).getByText('Accounting')).toBeInTheDocument()
    // Default order is by sub-cluster, announced on the header.
    expect(screen.getByRole('columnheader', { name: /sub-cluster/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    expect(screen.getByRole('columnheader', { name: /occupation/i })).not.toHaveAttribute('aria-sort')
  })

  it('sorts from a header button, keeps the sort in the URL and returns to the first page', async () => {
    const { router, user } = renderApp('/clusters/030100?start=21')
    expect(await caption()).toBe('Financial Services: 21–40 of 53 occupations')
    await user.click(screen.getByRole('button', { name: /^occupation/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?sort=name'))
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
    expect(screen.getByRole('columnheader', { name: /^occupation/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    const titles = occupationTitles()
    const sorted = [...titles].sort((a, b) => (a ?? '').toLowerCase().localeCompare((b ?? '').toLowerCase()))
    expect(titles).toEqual(sorted)
    await user.click(screen.getByRole('button', { name: /o\*net-soc code/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?sort=code'))
    const codes = bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)
    expect(codes).toEqual([...codes].sort())
    // Choosing the default order again leaves a clean URL.
    await user.click(screen.getByRole('button', { name: /sub-cluster/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/030100'))
  })

  it('pages with Next and Previous, and Back shows the cached page with no new request', async () => {
    const { router, user } = renderApp('/clusters/030100?sort=name')
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    await user.click(within(pagination).getByRole('link', { name: /next/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?sort=name&start=21'))
    expect(await caption()).toBe('Financial Services: 21–40 of 53 occupations')
    expect(within(pagination).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(pagination).getByRole('link', { name: 'Page 3' }))
    expect(await caption()).toBe('Financial Services: 41–53 of 53 occupations')
    expect(within(pagination).getByRole('link', { name: /next/i })).toHaveAttribute('aria-disabled', 'true')

    const before = requests.length
    router.history.back()
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?sort=name&start=21'))
    expect(await caption()).toBe('Financial Services: 21–40 of 53 occupations')
    router.history.back()
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?sort=name'))
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
    router.history.forward()
    expect(await caption()).toBe('Financial Services: 21–40 of 53 occupations')
    expect(requests.length).toBe(before)
  })

  it('reproduces a pasted link exactly, as after a reload', async () => {
    const first = renderApp('/clusters/060300?sort=code&start=21')
    expect(await caption()).toBe('Marketing & Sales: 21–34 of 34 occupations')
    const shown = occupationTitles()
    first.unmount()
    renderApp('/clusters/060300?sort=code&start=21')
    expect(await caption()).toBe('Marketing & Sales: 21–34 of 34 occupations')
    expect(occupationTitles()).toEqual(shown)
    expect(screen.getByRole('columnheader', { name: /o\*net-soc code/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })

  it('changes the page size from the URL-kept choice', async () => {
    const { router, user } = renderApp('/clusters/030100')
    await caption()
    await user.selectOptions(screen.getByRole('combobox', { name: /rows per page/i }), '50')
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?size=50'))
    expect(await caption()).toBe('Financial Services: 1–50 of 53 occupations')
    expect(bodyRows()).toHaveLength(50)
  })
})

describe('bad URLs get a clear answer', () => {
  it('replaces junk sort, start and size values with the defaults, in the URL too', async () => {
    const { router } = renderApp('/clusters/030100?sort=bogus&start=abc&size=7')
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
    await waitFor(() => expect(href(router)).toBe('/clusters/030100'))
  })

  it('snaps a start in the middle of a page to that page', async () => {
    const { router } = renderApp('/clusters/030100?start=25')
    expect(await caption()).toBe('Financial Services: 21–40 of 53 occupations')
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?start=21'))
  })

  it('offers the last page when the page is past the end', async () => {
    const { router, user } = renderApp('/clusters/030100?start=201')
    expect(await screen.findByRole('heading', { name: /past the end/i })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: /last page/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/030100?start=41'))
    expect(await caption()).toBe('Financial Services: 41–53 of 53 occupations')
  })

  it('says an unknown cluster does not exist and links back to the clusters', async () => {
    const { router, user } = renderApp('/clusters/999999')
    expect(await screen.findByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument()
    expect(screen.getByText(/no career cluster with the code “999999”/i)).toBeInTheDocument()
    expect(document.title).toMatch(/not found/i)
    await user.click(screen.getByRole('link', { name: /browse all career clusters/i }))
    await waitFor(() => expect(href(router)).toBe('/'))
    expect(await screen.findAllByRole('link', { name: /occupations/ })).not.toHaveLength(0)
  })

  it('explains a failed load and retries successfully', async () => {
    server.use(http.get('*/data/clusters/030100.json', () => HttpResponse.error()))
    // React reports the error that the route's error boundary catches; that is expected here.
    vi.mocked(console.error).mockImplementation(() => {})
    const { user } = renderApp('/clusters/030100')
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(/internet connection/i)
    expect(screen.getByRole('link', { name: /back to all career clusters/i })).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: /try again/i }))
    expect(await caption()).toBe('Financial Services: 1–20 of 53 occupations')
  }, 15000)
})

describe('all clusters', () => {
  it('lists every cluster’s occupations with a cluster column, sorted by cluster', async () => {
    const { router, user } = renderApp('/clusters/all')
    const text = await caption()
    expect(text).toMatch(/^All Career Clusters: 1–20 of [\d,]+ occupations$/)
    expect(screen.getByRole('columnheader', { name: /^cluster/i })).toHaveAttribute('aria-sort', 'ascending')
    const firstRow = bodyRows()[0] as HTMLElement
    expect(within(firstRow).getByText('Advanced Manufacturing')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^occupation/i }))
    await waitFor(() => expect(href(router)).toBe('/clusters/all?sort=name'))
    expect(screen.getByRole('columnheader', { name: /^occupation/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })
})

describe('sharing', () => {
  it('copies the address of exactly the view on screen', async () => {
    const { user } = renderApp('/clusters/060300?sort=code&start=21')
    await caption()
    await user.click(screen.getByRole('button', { name: /copy link to this page/i }))
    expect(await screen.findByText(/link copied/i)).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/clusters/060300?sort=code&start=21`,
    )
  })
})

describe('about the data', () => {
  it('says what the bundled copy is built from, reusing the index the grid already downloaded', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /career cluster/i })
    await user.click(screen.getByRole('link', { name: 'About the data' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'About the data' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What is approximate' })).toBeInTheDocument()
    expect(screen.getByText('1,016 occupations')).toBeInTheDocument()
    expect(document.title).toMatch(/^About the data/)
    expect(requests).toEqual(['/data/clusters.json'])
  })
})
