// queryOptions factories: the only data-layer module routes and components import (besides model.ts types).
import { queryOptions } from '@tanstack/react-query'
import type { SortOrder } from './model'
import { getOnetClient, loadDatasetIndex } from './source'

export { dataMode } from './config'
export { OnetError, type OnetErrorKind } from './onet/errors'

// O*NET updates at most quarterly: a visited page stays fresh for the session and costs no request on Back.
const STALE_TIME_MS = 24 * 60 * 60 * 1000
// Keep unused pages an hour, so leaving a cluster and coming back within a browsing session is free.
const GC_TIME_MS = 60 * 60 * 1000
// The client already retries 429/5xx/network with backoff; Query retrying on top would multiply requests against
// O*NET's 5-a-second limit and delay the error view, whose Retry button covers the rest.
const RETRY = false

export interface OccupationPageParams {
  sort: SortOrder
  /** 1-based index of the first row. */
  start: number
  pageSize: number
}

export function clustersQuery() {
  return queryOptions({
    queryKey: ['onet', 'clusters'] as const,
    queryFn: ({ signal }) => getOnetClient().listClusters(signal),
    staleTime: STALE_TIME_MS,
    gcTime: GC_TIME_MS,
    retry: RETRY,
  })
}

export function occupationPageQuery(clusterCode: string, p: OccupationPageParams) {
  const { sort, start, pageSize } = p
  return queryOptions({
    queryKey: ['onet', 'occupations', clusterCode, { sort, start, pageSize }] as const,
    queryFn: ({ signal }) =>
      getOnetClient().getOccupationPage(clusterCode, { sort, start, end: start + pageSize - 1 }, signal),
    staleTime: STALE_TIME_MS,
    gcTime: GC_TIME_MS,
    retry: RETRY,
  })
}

export function datasetIndexQuery() {
  return queryOptions({
    queryKey: ['dataset', 'index'] as const,
    queryFn: loadDatasetIndex,
    // Bundled with this build: it cannot change while the page is open.
    staleTime: Infinity,
    gcTime: GC_TIME_MS,
    retry: RETRY,
  })
}
