// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { OnetError } from './errors'
import { normaliseClusterListing, normaliseOccupationPage } from './normalise'
import clustersV1 from './__fixtures__/clusters.v1.json'
import clustersEmbedded from './__fixtures__/clusters.embedded.json'
import clustersV2 from './__fixtures__/clusters.v2.provisional.json'
import pageV1 from './__fixtures__/occupations-030100.v1.json'
import lastPageV1 from './__fixtures__/occupations-030100-last.v1.json'
import lastPageEmbedded from './__fixtures__/occupations-030100-last.embedded.json'
import pageV2 from './__fixtures__/occupations-030100.v2.provisional.json'

const financial = { code: '030100', title: 'Financial Services' }
const request = { clusterCode: '030100', sort: 'pathway', start: 1 } as const

/** A copy of a fixture without some keys, to test what the wire may omit. */
function without<T extends object>(value: T, ...keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !keys.includes(key as keyof T)),
  ) as Partial<T>
}

function malformedOf(run: () => unknown): OnetError {
  try {
    run()
  } catch (error) {
    if (error instanceof OnetError) return error
    throw error
  }
  throw new Error('expected an OnetError')
}

describe('normaliseClusterListing', () => {
  it('maps the v1.9 listing, with no count when the source gives none', () => {
    expect(normaliseClusterListing(clustersV1)).toEqual([
      { code: '010100', title: 'Advanced Manufacturing', occupationCount: null },
      { code: '030100', title: 'Financial Services', occupationCount: null },
      { code: '050100', title: 'Agriculture', occupationCount: null },
    ])
  })

  it("keeps the stand-in's non-standard occupation_count", () => {
    expect(normaliseClusterListing(clustersEmbedded)[1]).toEqual({ ...financial, occupationCount: 44 })
  })

  it('maps the provisional v2 listing (`cluster` array)', () => {
    expect(normaliseClusterListing(clustersV2)).toEqual([
      { code: '010100', title: 'Advanced Manufacturing', occupationCount: null },
      { ...financial, occupationCount: null },
    ])
  })

  it('reports a wrong shape as malformed, with the issues kept for developers', () => {
    const error = malformedOf(() => normaliseClusterListing({ career_cluster: [{ code: 10100 }] }))
    expect(error.kind).toBe('malformed')
    expect(error.message).not.toMatch(/career_cluster/)
    expect(String((error.cause as Error).message)).toMatch(/career_cluster\.0\.code/)
  })
})

describe('normaliseOccupationPage', () => {
  it('maps the contract example (Accountants, Accounting sub-cluster) and a next link', () => {
    const page = normaliseOccupationPage(pageV1, request)
    expect(page).toMatchObject({
      clusterCode: '030100',
      sort: 'pathway',
      start: 1,
      end: 2,
      total: 44,
      hasNext: true,
      hasPrevious: false,
    })
    expect(page.occupations[0]).toEqual({
      code: '13-2011.00',
      title: 'Accountants and Auditors',
      onetOnlineUrl: 'https://www.onetonline.org/link/summary/13-2011.00',
      brightOutlook: true,
      brightOutlookCategories: [],
      green: false,
      cluster: financial,
      subCluster: { code: '030101', title: 'Accounting' },
      subClusters: [],
    })
  })

  it('reads code -1 as a number: several sub-clusters, none listed', () => {
    const page = normaliseOccupationPage(lastPageV1, { ...request, start: 43 })
    expect(page).toMatchObject({ start: 43, end: 44, hasNext: false, hasPrevious: true })
    for (const occupation of page.occupations) {
      expect(occupation.subCluster).toBeNull()
      expect(occupation.subClusters).toEqual([])
    }
  })

  it("reads code -1 as a string and maps the stand-in's career_pathways and Bright Outlook categories", () => {
    const [analysts, advisors] = normaliseOccupationPage(lastPageEmbedded, {
      ...request,
      start: 43,
    }).occupations
    expect(analysts).toMatchObject({
      subCluster: null,
      subClusters: [
        { code: '030103', title: 'Financial Strategy & Investments' },
        { code: '030104', title: 'Insurance' },
      ],
      brightOutlookCategories: ['Rapid Growth', 'Numerous Job Openings'],
    })
    expect(advisors).toMatchObject({ subCluster: null, subClusters: [] })
  })

  it('maps the provisional v2 page: sub_cluster arrays, next/prev strings, `cluster` alias', () => {
    const page = normaliseOccupationPage(pageV2, { ...request, start: 21 })
    expect(page).toMatchObject({ start: 21, end: 23, total: 44, hasNext: true, hasPrevious: true })
    const [accountants, advisors, underwriters] = page.occupations
    expect(accountants).toMatchObject({
      subCluster: { code: '030101', title: 'Accounting' },
      subClusters: [],
    })
    expect(advisors).toMatchObject({
      subCluster: null,
      subClusters: [
        { code: '030101', title: 'Accounting' },
        { code: '030103', title: 'Financial Strategy & Investments' },
      ],
    })
    expect(underwriters).toMatchObject({ cluster: financial, brightOutlook: false, green: false })
  })

  it('treats null v2 next/prev as no link', () => {
    const page = normaliseOccupationPage({ ...pageV2, next: null, prev: null }, request)
    expect(page).toMatchObject({ hasNext: false, hasPrevious: false })
  })

  it('falls back to counting when the wire gives no links', () => {
    expect(normaliseOccupationPage(without(pageV1, 'link'), request)).toMatchObject({
      hasNext: true,
      hasPrevious: false,
    })
    expect(normaliseOccupationPage(without(lastPageV1, 'link'), { ...request, start: 43 })).toMatchObject({
      hasNext: false,
      hasPrevious: true,
    })
  })

  it('answers a start beyond the total with no rows, end = start - 1 and the true total', () => {
    const body = { cluster: '030100', sort: 'pathway', start: 61, end: 44, total: 44 }
    expect(normaliseOccupationPage(body, { ...request, start: 61 })).toMatchObject({
      start: 61,
      end: 60,
      total: 44,
      occupations: [],
      hasNext: false,
    })
  })

  it('uses the requested sort when the wire sort is missing or unknown', () => {
    expect(normaliseOccupationPage(without(pageV1, 'sort'), { ...request, sort: 'name' }).sort).toBe('name')
    expect(normaliseOccupationPage({ ...pageV1, sort: 'weird' }, request).sort).toBe('pathway')
  })

  it('reports a v2 row naming no cluster as malformed', () => {
    const rowWithoutCluster = without(pageV2.occupation[0]!, 'career_cluster')
    const error = malformedOf(() =>
      normaliseOccupationPage({ ...pageV2, occupation: [rowWithoutCluster] }, request),
    )
    expect(error.kind).toBe('malformed')
  })

  it('reports a wrong shape as malformed, never a crash', () => {
    for (const body of [null, 'text', [], { total: '44' }, { ...pageV1, occupation: [{ code: 1 }] }]) {
      expect(malformedOf(() => normaliseOccupationPage(body, request)).kind).toBe('malformed')
    }
  })
})
