import {
  FINANCE,
  SITE_NAME,
  caption,
  expect,
  occupationTable,
  occupationTitles,
  pagination,
  test,
  waitForView,
} from './fixtures'
import type { Page } from '@playwright/test'

const lastPage = Math.ceil(FINANCE.total / 20)

async function expectRowsSortedByTitle(page: Page) {
  const titles = await occupationTitles(page)
  expect(titles.length).toBeGreaterThan(0)
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
  expect(titles, 'rows are in occupation-title order').toEqual(sorted)
}

test('grid → cluster → sort → next page → back → reload → shared link', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  await expect(page).toHaveTitle(`Career Clusters · ${SITE_NAME}`)
  // First load: focus is left where the browser puts it, not moved to the heading.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused()

  await page.getByRole('link', { name: new RegExp(`^${FINANCE.title}`) }).click()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  const heading = page.getByRole('heading', { level: 1, name: FINANCE.title })
  await expect(heading).toBeFocused()
  await expect(page).toHaveTitle(`${FINANCE.title} occupations, page 1 of ${lastPage} · ${SITE_NAME}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  // Default order for a cluster: by sub-cluster.
  await expect(page.getByRole('columnheader', { name: 'Sub-cluster' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )

  await page.getByRole('button', { name: 'Occupation', exact: true }).click()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=name`)
  await expect(page.getByRole('columnheader', { name: 'Occupation' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  await expect(page.getByRole('columnheader', { name: 'Sub-cluster' })).not.toHaveAttribute('aria-sort', /.*/)
  await expectRowsSortedByTitle(page)
  const firstPageTitles = await occupationTitles(page)

  await pagination(page).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=name&start=21`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 21, 40, FINANCE.total))
  await expect(pagination(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
  // Only the current page is marked current (not Page 1 or Previous as well).
  await expect(pagination(page).locator('[aria-current]'), 'links marked aria-current').toHaveCount(1)
  await expect(page).toHaveTitle(`${FINANCE.title} occupations, page 2 of ${lastPage} · ${SITE_NAME}`)
  await expectRowsSortedByTitle(page)
  // Page 2 continues page 1: no row repeats.
  const secondPageTitles = await occupationTitles(page)
  expect(secondPageTitles.filter((title) => firstPageTitles.includes(title))).toEqual([])

  await page.goBack()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=name`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await expect(page).toHaveTitle(`${FINANCE.title} occupations, page 1 of ${lastPage} · ${SITE_NAME}`)

  await page.reload()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=name`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await expect(page.getByRole('columnheader', { name: 'Occupation' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  expect(await occupationTitles(page)).toEqual(firstPageTitles)
  // A reload is a first load: the heading is not focused.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused()

  // Someone else opens the copied link: a fresh context has no history, cache or storage.
  const sharedUrl = page.url()
  const context = await browser.newContext({ baseURL })
  try {
    const other = await context.newPage()
    await other.goto(sharedUrl)
    await expect(other).toHaveURL(`/clusters/${FINANCE.code}?sort=name`)
    await waitForView(other, FINANCE.title)
    await expect(occupationTable(other)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
    await expect(other.getByRole('columnheader', { name: 'Occupation' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    expect(await occupationTitles(other)).toEqual(firstPageTitles)
    await expect(other).toHaveTitle(`${FINANCE.title} occupations, page 1 of ${lastPage} · ${SITE_NAME}`)

    // A link to page 2 opens page 2 as well.
    await other.goto(`/clusters/${FINANCE.code}?sort=name&start=21`)
    await expect(occupationTable(other)).toHaveAccessibleName(caption(FINANCE.title, 21, 40, FINANCE.total))
    expect(await occupationTitles(other)).toEqual(secondPageTitles)
  } finally {
    await context.close()
  }
})

test('each view has its own document title', async ({ page }) => {
  const views: [string, string][] = [
    ['/', 'Career Clusters'],
    [`/clusters/${FINANCE.code}`, `${FINANCE.title} occupations, page 1 of ${lastPage}`],
    ['/clusters/all', 'All Career Clusters occupations, page 1 of'],
    ['/about', 'About the data'],
    ['/clusters/999999', 'Page not found'],
    ['/no-such-page', 'Page not found'],
  ]
  for (const [path, title] of views) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page, `title of ${path}`).toHaveTitle(
      new RegExp(`^${escapeRegExp(title)}.* · ${SITE_NAME}$`),
    )
  }
})

test('the header navigation marks the current view and moves focus to its heading', async ({ page }) => {
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Clusters' })).toHaveAttribute('aria-current', 'page')

  await nav.getByRole('link', { name: 'All occupations' }).click()
  await expect(page).toHaveURL('/clusters/all')
  await expect(page.getByRole('heading', { level: 1, name: 'All Career Clusters' })).toBeFocused()
  await expect(nav.getByRole('link', { name: 'All occupations' })).toHaveAttribute('aria-current', 'page')
  await expect(nav.getByRole('link', { name: 'Clusters' })).not.toHaveAttribute('aria-current', /.*/)
  // The current view's link is styled as current (its own colour), not just marked up as such.
  await page.mouse.move(0, 400) // no hover colour on either link
  const colourOf = (name: string) =>
    nav.getByRole('link', { name }).evaluate((element) => getComputedStyle(element).color)
  expect(await colourOf('All occupations'), 'colour of the current nav link vs. another').not.toBe(
    await colourOf('Clusters'),
  )
  // Default order for all clusters: by cluster, with a Cluster column.
  await expect(page.getByRole('columnheader', { name: 'Cluster', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )

  await nav.getByRole('link', { name: 'About the data' }).click()
  await expect(page).toHaveURL('/about')
  await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeFocused()
  await expect(page.getByRole('contentinfo')).toContainText('O*NET')
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
