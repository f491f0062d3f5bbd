// @vitest-environment node
// Smoke test of the engine over the committed dataset in public/data (skipped until the builder has written it).
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  wireClusterListing,
  wireOccupationPageV1,
  wireOccupationV1,
  type WireOccupationPageV1,
} from '../onet/wire'
import { createEmbeddedOnet } from './engine'

// Vite reads the files from disk lazily, one import per file asked for; no Node types needed in src/.
const publicData = import.meta.glob<unknown>('/public/data/**/*.json', { import: 'default' })

const engine = createEmbeddedOnet(async (path) => {
  const importFile = publicData[`/public/${path}`]
  if (!importFile) throw new Error(`public/${path} does not exist`)
  return importFile()
})
const get = async (url: string) => {
  const response = await engine.handle(new URL(url))
  expect(response.status).toBe(200)
  return response.body
}
const WS = 'https://services.onetcenter.org/ws/online/career_clusters/'

describe.skipIf(!('/public/data/clusters.json' in publicData))('engine over public/data', () => {
  it('lists the 14 clusters', async () => {
    const listing = z.parse(wireClusterListing, await get(WS))
    expect(listing.career_cluster).toHaveLength(14)
  })

  it.each([
    ['060300', 34],
    ['030100', 53],
  ])('cluster %s has %i occupations', async (code, total) => {
    expect(z.parse(wireOccupationPageV1, await get(`${WS}${code}`)).total).toBe(total)
  })

  it('serves every (occupation, cluster) row of `all`, well-formed, by following next links', async () => {
    const listing = z.parse(wireClusterListing, await get(WS))
    const expectedRows = listing.career_cluster.reduce((sum, c) => sum + (c.occupation_count ?? 0), 0)
    let url: string | undefined = `${WS}all?start=1&end=500`
    let rows = 0
    while (url) {
      const page: WireOccupationPageV1 = z.parse(wireOccupationPageV1, await get(url))
      expect(page.total).toBe(expectedRows)
      for (const row of page.occupation ?? []) {
        z.parse(wireOccupationV1, row)
        expect(row.code).toMatch(/^\d{2}-\d{4}\.\d{2}$/)
        expect(row.href).toBe(`https://services.onetcenter.org/ws/online/occupations/${row.code}/`)
        expect(row.career_cluster.code).toMatch(/^\d{6}$/)
        const several = row.career_pathway.code === '-1'
        expect(row.career_pathway.code).toMatch(several ? /^-1$/ : /^\d{6}$/)
        expect((row.career_pathways?.length ?? 0) > 1).toBe(several)
        expect(row.tags?.bright_outlook).toBe((row.bright_outlook_categories?.length ?? 0) > 0)
      }
      rows += page.occupation?.length ?? 0
      url = page.link?.find((l) => l.rel === 'next')?.href
    }
    expect(rows).toBe(expectedRows)
  })
})
