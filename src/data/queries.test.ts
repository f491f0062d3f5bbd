// jsdom (the app's environment): exercises source.ts as the browser runs it, embedded mode over MSW-served files.
import { http, HttpResponse } from 'msw'
import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fixtureFiles } from './embedded/__fixtures__/dataset'
import { clustersQuery, dataMode, datasetIndexQuery, occupationPageQuery, OnetError } from './queries'
import { getOnetClient, resetDataSourceForTests } from './source'
import { setupOnetTestServer } from './onet/test-server'

const server = setupOnetTestServer()

function serveDataset(files: Record<string, unknown> = fixtureFiles) {
  const requested: string[] = []
  server.use(
    http.get('*/data/*', ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^\//, '')
      requested.push(path)
      return path in files
        ? HttpResponse.text(JSON.stringify(files[path]))
        : new HttpResponse(null, { status: 404 })
    }),
  )
  return requested
}

const newClient = () => new QueryClient()

describe('query keys', () => {
  it('keys the cluster listing and each page by everything that changes the answer', () => {
    expect(clustersQuery().queryKey).toEqual(['onet', 'clusters'])
    expect(occupationPageQuery('030100', { sort: 'name', start: 21, pageSize: 20 }).queryKey).toEqual([
      'onet',
      'occupations',
      '030100',
      { sort: 'name', start: 21, pageSize: 20 },
    ])
    expect(datasetIndexQuery().queryKey).toEqual(['dataset', 'index'])
  })

  it('keeps data fresh long enough that revisiting a page costs no request', () => {
    const options = occupationPageQuery('030100', { sort: 'pathway', start: 1, pageSize: 20 })
    expect(options.staleTime).toBeGreaterThanOrEqual(60 * 60 * 1000)
    expect(options.gcTime).toBeGreaterThanOrEqual(30 * 60 * 1000)
  })
})

describe('query functions (embedded mode)', () => {
  // The engine caches loaded files: each test starts from a cold source.
  beforeEach(resetDataSourceForTests)

  it('runs in embedded mode by default', () => {
    expect(dataMode).toBe('embedded')
  })

  it('asks the client for end = start + pageSize - 1, passing the signal', async () => {
    serveDataset()
    const spy = vi.spyOn(getOnetClient(), 'getOccupationPage')
    const page = await newClient().fetchQuery(
      occupationPageQuery('030100', { sort: 'name', start: 3, pageSize: 5 }),
    )
    expect(spy).toHaveBeenCalledWith('030100', { sort: 'name', start: 3, end: 7 }, expect.any(AbortSignal))
    expect(page).toMatchObject({ clusterCode: '030100', sort: 'name', start: 3 })
  })

  it('lists clusters from the bundled dataset, with counts', async () => {
    const requested = serveDataset()
    const clusters = await newClient().fetchQuery(clustersQuery())
    expect(clusters[0]).toEqual({ code: '030100', title: 'Financial Services', occupationCount: 11 })
    expect(requested).toEqual(['data/clusters.json'])
  })

  it('serves a revisited page from the cache', async () => {
    const requested = serveDataset()
    const queryClient = newClient()
    await queryClient.fetchQuery(clustersQuery())
    await queryClient.fetchQuery(clustersQuery())
    expect(requested).toHaveLength(1)
  })

  it('loads the dataset index for the About page', async () => {
    serveDataset()
    const index = await newClient().fetchQuery(datasetIndexQuery())
    expect(index.formatVersion).toBe(1)
  })

  it('types a dataset index that cannot be loaded as a retryable error', async () => {
    serveDataset({})
    const error: unknown = await newClient()
      .fetchQuery(datasetIndexQuery())
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OnetError)
    expect(error).toMatchObject({ kind: 'network', retryable: true })
  })
})
