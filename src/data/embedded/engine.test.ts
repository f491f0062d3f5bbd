// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { WireClusterListing, WireOccupationPageV1 } from '../onet/wire'
import { createEmbeddedFetch, createEmbeddedOnet, DatasetUnreachable, type DatasetLoad } from './engine'
import { fixtureFiles, fixtureLoad } from './__fixtures__/dataset'

/** Occupation row keys in the contract's order. */
const ROW_KEYS = ['href', 'code', 'title', 'tags', 'career_cluster', 'career_pathway']

const WS = 'https://services.onetcenter.org/ws/'
const FINANCIAL = '030100'

function engineWith(load: DatasetLoad = fixtureLoad()) {
  const engine = createEmbeddedOnet(load)
  return (path: string) => engine.handle(new URL(`${WS}online/career_clusters/${path}`))
}

async function getPage(path: string, get = engineWith()): Promise<WireOccupationPageV1> {
  const response = await get(path)
  expect(response.status).toBe(200)
  return response.body as WireOccupationPageV1
}

const codes = (page: WireOccupationPageV1) => page.occupation?.map((o) => o.code)
const linkHref = (cluster: string, sort: string, start: number, end: number) =>
  `${WS}online/career_clusters/${cluster}?cluster=${cluster}&sort=${sort}&start=${start}&end=${end}`

describe('cluster listing', () => {
  it('lists every cluster by code with href, title and occupation count', async () => {
    const response = await engineWith()('')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      career_cluster: [
        {
          href: `${WS}online/career_clusters/030100`,
          code: '030100',
          title: 'Financial Services',
          occupation_count: 11,
        },
        {
          href: `${WS}online/career_clusters/050100`,
          code: '050100',
          title: 'Agriculture',
          occupation_count: 2,
        },
        {
          href: `${WS}online/career_clusters/060300`,
          code: '060300',
          title: 'Marketing & Sales',
          occupation_count: 4,
        },
      ],
    } satisfies WireClusterListing)
    const first = (response.body as WireClusterListing).career_cluster[0]
    expect(Object.keys(response.body as object)).toEqual(['career_cluster'])
    expect(Object.keys(first ?? {})).toEqual(['href', 'code', 'title', 'occupation_count'])
  })

  it('answers with or without a trailing slash and under any prefix', async () => {
    const engine = createEmbeddedOnet(fixtureLoad())
    for (const url of [
      'http://localhost:5173/onet/online/career_clusters',
      'http://x/online/career_clusters/',
    ]) {
      expect((await engine.handle(new URL(url))).status).toBe(200)
    }
  })
})

describe('occupations in a cluster', () => {
  it('has the contract keys in order, and defaults to sort=pathway, start 1, end 20', async () => {
    const page = await getPage(FINANCIAL)
    expect(Object.keys(page)).toEqual(['cluster', 'sort', 'start', 'end', 'total', 'link', 'occupation'])
    expect(page).toMatchObject({
      cluster: FINANCIAL,
      sort: 'pathway',
      start: 1,
      end: 11,
      total: 11,
      link: [],
    })
    expect(page.occupation).toHaveLength(11)
  })

  it('writes single-sub-cluster rows with the contract keys in order', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code`)
    const treasurers = page.occupation?.[0]
    expect(treasurers).toEqual({
      href: `${WS}online/occupations/11-3031.01/`,
      code: '11-3031.01',
      title: 'Treasurers and Controllers',
      tags: { bright_outlook: false, green: true },
      career_cluster: { code: FINANCIAL, title: 'Financial Services' },
      career_pathway: { code: '030101', title: 'Accounting' },
    })
    expect(Object.keys(treasurers ?? {})).toEqual([...ROW_KEYS])
    expect(Object.keys(treasurers?.tags ?? {})).toEqual(['bright_outlook', 'green'])
  })

  it('adds bright_outlook_categories after the contract keys for Bright Outlook occupations', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code`)
    const accountants = page.occupation?.find((o) => o.code === '13-2011.00')
    expect(accountants?.tags).toEqual({ bright_outlook: true, green: false })
    expect(accountants?.bright_outlook_categories).toEqual(['Rapid Growth', 'Numerous Job Openings'])
    expect(Object.keys(accountants ?? {})).toEqual([...ROW_KEYS, 'bright_outlook_categories'])
  })

  it('gives an occupation in several sub-clusters code "-1" and lists them in career_pathways', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code`)
    const actuaries = page.occupation?.find((o) => o.code === '15-2011.00')
    expect(actuaries?.career_pathway).toEqual({ code: '-1', title: 'Multiple Sub-Clusters' })
    expect(actuaries?.career_pathways).toEqual([
      { code: '030102', title: 'Insurance' },
      { code: '030103', title: 'Banking' },
    ])
    expect(actuaries?.tags).toEqual({ bright_outlook: true, green: true })
    expect(Object.keys(actuaries ?? {})).toEqual([
      ...ROW_KEYS,
      'career_pathways',
      'bright_outlook_categories',
    ])
    const advisors = page.occupation?.find((o) => o.code === '13-2052.00')
    expect(advisors?.career_pathways).toHaveLength(2)
    expect(advisors).not.toHaveProperty('bright_outlook_categories')
  })
})

describe('sort orders', () => {
  it('pathway: sub-cluster title (not code), then occupation title, then code; multiple rows last', async () => {
    const page = await getPage(`${FINANCIAL}?sort=pathway`)
    expect(page.occupation?.map((o) => [o.career_pathway.title, o.title, o.code])).toEqual([
      ['Accounting', 'Accountants and Auditors', '13-2011.00'],
      ['Accounting', 'Bookkeeping, Accounting, and Auditing Clerks', '43-3031.00'],
      ['Accounting', 'Treasurers and Controllers', '11-3031.01'],
      ['Banking', 'Credit Analysts', '13-2041.00'],
      ['Banking', 'financial quantitative analysts', '13-2099.01'],
      ['Banking', 'Financial Quantitative Analysts', '13-2099.04'],
      ['Banking', 'Loan Officers', '13-2072.00'],
      ['Insurance', 'Insurance Sales Agents', '41-3021.00'],
      ['Insurance', 'Insurance Underwriters', '13-2053.00'],
      ['Multiple Sub-Clusters', 'Actuaries', '15-2011.00'],
      ['Multiple Sub-Clusters', 'Personal Financial Advisors', '13-2052.00'],
    ])
  })

  it('name: title case-insensitively by code unit, equal titles by code', async () => {
    const page = await getPage(`${FINANCIAL}?sort=name`)
    expect(codes(page)).toEqual([
      '13-2011.00', // Accountants and Auditors
      '15-2011.00', // Actuaries
      '43-3031.00', // Bookkeeping, …
      '13-2041.00', // Credit Analysts
      '13-2099.01', // financial quantitative analysts (lower case: a plain comparison would put it last)
      '13-2099.04', // Financial Quantitative Analysts
      '41-3021.00', // Insurance Sales Agents
      '13-2053.00', // Insurance Underwriters
      '13-2072.00', // Loan Officers
      '13-2052.00', // Personal Financial Advisors
      '11-3031.01', // Treasurers and Controllers
    ])
  })

  it('code: O*NET-SOC code', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code`)
    expect(codes(page)).toEqual([...(codes(page) ?? [])].sort())
    expect(codes(page)?.[0]).toBe('11-3031.01')
  })

  it('cluster: within one cluster it reads as the pathway order', async () => {
    const byCluster = await getPage(`${FINANCIAL}?sort=cluster`)
    const byPathway = await getPage(`${FINANCIAL}?sort=pathway`)
    expect(byCluster.sort).toBe('cluster')
    expect(codes(byCluster)).toEqual(codes(byPathway))
  })
})

describe('all clusters', () => {
  it('has one row per (occupation, cluster) pair, sorted by cluster title then pathway order', async () => {
    const page = await getPage('all')
    expect(page).toMatchObject({ cluster: 'all', sort: 'cluster', start: 1, end: 17, total: 17, link: [] })
    expect(page.occupation?.map((o) => `${o.career_cluster.code} ${o.code}`)).toEqual([
      // Agriculture (050100) before Financial Services (030100): by title, not code.
      '050100 11-9013.00',
      '050100 45-2093.00',
      '030100 13-2011.00',
      '030100 43-3031.00',
      '030100 11-3031.01',
      '030100 13-2041.00',
      '030100 13-2099.01',
      '030100 13-2099.04',
      '030100 13-2072.00',
      '030100 41-3021.00',
      '030100 13-2053.00',
      '030100 15-2011.00',
      '030100 13-2052.00',
      '060300 11-2021.00', // Marketing
      '060300 41-3021.00', // Sales: Insurance Sales Agents
      '060300 41-2031.00', // Sales: Retail Salespersons
      '060300 13-1161.00', // several sub-clusters
    ])
  })

  it('keeps both rows of an occupation in two clusters, ordered by cluster code when sorted by name or code', async () => {
    for (const sort of ['name', 'code']) {
      const page = await getPage(`all?sort=${sort}&start=1&end=100`)
      const agents = page.occupation?.filter((o) => o.code === '41-3021.00')
      expect(agents?.map((o) => [o.career_cluster.code, o.career_pathway.title])).toEqual([
        ['030100', 'Insurance'],
        ['060300', 'Sales'],
      ])
      const index = page.occupation?.findIndex((o) => o.code === '41-3021.00') ?? -1
      expect(page.occupation?.[index + 1]?.career_cluster.code).toBe('060300')
    }
  })

  it('pages through all rows with links that keep cluster=all', async () => {
    const page = await getPage('all?start=6&end=10')
    expect(page.link).toEqual([
      { href: linkHref('all', 'cluster', 1, 5), rel: 'prev' },
      { href: linkHref('all', 'cluster', 11, 15), rel: 'next' },
    ])
  })
})

describe('paging and links', () => {
  it('first page: next only', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code&start=1&end=5`)
    expect(page).toMatchObject({ start: 1, end: 5, total: 11 })
    expect(page.link).toEqual([{ href: linkHref(FINANCIAL, 'code', 6, 10), rel: 'next' }])
    expect(codes(page)).toHaveLength(5)
  })

  it('middle page: prev then next, same page size', async () => {
    const page = await getPage(`${FINANCIAL}?sort=name&start=6&end=10`)
    expect(page).toMatchObject({ start: 6, end: 10, total: 11 })
    expect(page.link).toEqual([
      { href: linkHref(FINANCIAL, 'name', 1, 5), rel: 'prev' },
      { href: linkHref(FINANCIAL, 'name', 11, 15), rel: 'next' },
    ])
  })

  it('prev never starts before 1 and keeps the page size', async () => {
    const page = await getPage(`${FINANCIAL}?start=3&end=7`)
    expect(page.link?.[0]).toEqual({ href: linkHref(FINANCIAL, 'pathway', 1, 5), rel: 'prev' })
  })

  it('last page: end clipped to total, prev only', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code&start=11&end=15`)
    expect(page).toMatchObject({ start: 11, end: 11, total: 11 })
    expect(page.link).toEqual([{ href: linkHref(FINANCIAL, 'code', 6, 10), rel: 'prev' }])
    expect(codes(page)).toEqual(['43-3031.00'])
  })

  it('start = total returns the last row', async () => {
    const page = await getPage(`${FINANCIAL}?sort=code&start=11&end=11`)
    expect(page).toMatchObject({ start: 11, end: 11, total: 11 })
    expect(page.link).toEqual([{ href: linkHref(FINANCIAL, 'code', 10, 10), rel: 'prev' }])
    expect(codes(page)).toEqual(['43-3031.00'])
  })

  it('start beyond total: no rows, true total, end = total, prev link only', async () => {
    const page = await getPage(`${FINANCIAL}?start=12&end=20`)
    expect(page).toEqual({
      cluster: FINANCIAL,
      sort: 'pathway',
      start: 12,
      end: 11,
      total: 11,
      link: [{ href: linkHref(FINANCIAL, 'pathway', 3, 11), rel: 'prev' }],
      occupation: [],
    })
  })

  it('allows a page of 2000 rows, not 2001', async () => {
    const get = engineWith()
    expect((await get(`${FINANCIAL}?start=1&end=2000`)).status).toBe(200)
    expect((await get(`${FINANCIAL}?start=2&end=2001`)).status).toBe(200)
    expect(await get(`${FINANCIAL}?start=1&end=2001`)).toEqual({
      status: 422,
      body: { error: 'A request may ask for at most 2000 occupations (end - start + 1).' },
    })
  })
})

describe('errors', () => {
  const get = engineWith()

  it.each([
    ['999999', 'Unknown career cluster code: 999999.'],
    ['ALL', 'Unknown career cluster code: ALL.'],
    [`${FINANCIAL}?sort=title`, 'The sort parameter must be one of pathway, name, code, cluster.'],
    [`${FINANCIAL}?sort=`, 'The sort parameter must be one of pathway, name, code, cluster.'],
    [`${FINANCIAL}?sort=NAME`, 'The sort parameter must be one of pathway, name, code, cluster.'],
    [`${FINANCIAL}?start=5&end=4`, 'The end parameter must not be less than start.'],
    [`${FINANCIAL}?start=21`, 'The end parameter must not be less than start.'],
  ])('422 for %s', async (path, error) => {
    expect(await get(path)).toEqual({ status: 422, body: { error } })
  })

  it.each(['0', '-3', '1.5', 'abc', '', '1e3', ' 1'])('422 for start=%j or end=%j', async (junk) => {
    const value = encodeURIComponent(junk)
    expect(await get(`${FINANCIAL}?start=${value}&end=20`)).toEqual({
      status: 422,
      body: { error: 'The start parameter must be a positive integer.' },
    })
    expect(await get(`${FINANCIAL}?start=1&end=${value}`)).toEqual({
      status: 422,
      body: { error: 'The end parameter must be a positive integer.' },
    })
  })

  it.each([
    'https://services.onetcenter.org/ws/online/occupations/13-2011.00/',
    'https://services.onetcenter.org/ws/online/career_clusters/030100/extra',
    'https://services.onetcenter.org/ws/online/career_clusters_x/',
  ])('404 for %s', async (url) => {
    const response = await createEmbeddedOnet(fixtureLoad()).handle(new URL(url))
    expect(response.status).toBe(404)
  })

  it('accepts a trailing slash after the code', async () => {
    expect((await getPage(`${FINANCIAL}/`)).total).toBe(11)
  })
})

describe('loading', () => {
  it('the listing loads only the index', async () => {
    const load = fixtureLoad()
    await engineWith(load)('')
    expect(load.calls).toEqual(['data/clusters.json'])
  })

  it('a cluster loads the index and just its own file, each once', async () => {
    const load = fixtureLoad()
    const get = engineWith(load)
    await Promise.all([get(FINANCIAL), get(`${FINANCIAL}?sort=name`)])
    await get(`${FINANCIAL}?sort=code&start=6&end=10`)
    await get('')
    expect(load.calls).toEqual(['data/clusters.json', 'data/clusters/030100.json'])
  })

  it('all loads every cluster file, reusing those already loaded', async () => {
    const load = fixtureLoad()
    const get = engineWith(load)
    await get(FINANCIAL)
    await get('all')
    expect([...load.calls].sort()).toEqual(Object.keys(fixtureFiles).sort())
  })

  it('bad parameters and unknown clusters load no cluster file', async () => {
    const load = fixtureLoad()
    const get = engineWith(load)
    await get(`${FINANCIAL}?sort=junk`)
    expect(load.calls).toEqual([])
    await get('123456')
    expect(load.calls).toEqual(['data/clusters.json'])
  })

  it('answers 503 without a body when a file fails, and reloads it on the next request', async () => {
    const real = fixtureLoad()
    let failures = 1
    const calls: string[] = []
    const flaky: DatasetLoad = async (path) => {
      calls.push(path)
      if (path.endsWith('030100.json') && failures-- > 0) throw new Error('offline')
      return real(path)
    }
    const get = engineWith(flaky)
    expect(await get(FINANCIAL)).toEqual({ status: 503, body: null })
    expect((await getPage(FINANCIAL, get)).total).toBe(11)
    expect(calls).toEqual(['data/clusters.json', 'data/clusters/030100.json', 'data/clusters/030100.json'])
  })

  it('answers 503 when the index fails or a file has the wrong shape', async () => {
    expect(await engineWith(fixtureLoad({}))('')).toEqual({ status: 503, body: null })
    const wrongVersion = { ...fixtureFiles, 'data/clusters/030100.json': { formatVersion: 2 } }
    expect((await engineWith(fixtureLoad(wrongVersion))(FINANCIAL)).status).toBe(503)
  })
})

describe('createEmbeddedFetch', () => {
  const embeddedFetch = createEmbeddedFetch(fixtureLoad())

  it('answers a string, URL or Request with a JSON Response', async () => {
    const inputs = [
      `${WS}online/career_clusters/030100?sort=name`,
      new URL('/onet/online/career_clusters/030100?sort=name', 'http://localhost:5173'),
      new Request(`${WS}online/career_clusters/030100?sort=name`),
      '/onet/online/career_clusters/030100?sort=name',
    ]
    for (const input of inputs) {
      const response = await embeddedFetch(input)
      expect(response).toBeInstanceOf(Response)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/json')
      const body = (await response.json()) as WireOccupationPageV1
      expect(body).toMatchObject({ cluster: FINANCIAL, sort: 'name', total: 11 })
    }
  })

  it('passes on 422 bodies and empty 404s', async () => {
    const bad = await embeddedFetch(`${WS}online/career_clusters/999999`)
    expect(bad.status).toBe(422)
    expect(await bad.json()).toEqual({ error: 'Unknown career cluster code: 999999.' })
    const missing = await embeddedFetch(`${WS}online/somewhere`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('')
  })

  it('rejects like an offline fetch when a dataset file cannot be downloaded', async () => {
    const load = fixtureLoad()
    const offline: DatasetLoad = (path) =>
      path.includes('030100') ? Promise.reject(new DatasetUnreachable(`Could not load ${path}`)) : load(path)
    const fetchOffline = createEmbeddedFetch(offline)
    await expect(fetchOffline(`${WS}online/career_clusters/030100`)).rejects.toBeInstanceOf(TypeError)
    expect((await fetchOffline(`${WS}online/career_clusters/`)).status).toBe(200)
  })

  it('rejects with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const aborted = embeddedFetch(`${WS}online/career_clusters/`, { signal: controller.signal })
    await expect(aborted).rejects.toBeInstanceOf(DOMException)
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
  })
})
