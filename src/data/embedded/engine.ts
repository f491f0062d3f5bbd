// Offline stand-in for O*NET Web Services "Browse by Career Cluster" (shared API-CONTRACT.md): the contract's
// sort, paging, link and error semantics over the bundled dataset, answered in O*NET's v1.9 wire format.
//
// Decisions where the contract is silent (tests pin each one):
// - `end` in a page is always min(requested end, total), also when `start` is beyond `total`.
// - `link` and `occupation` are always present, as [] when empty, so every page has the same seven keys.
// - Links keep the page size n = end - start + 1: prev is start' = max(1, start - n), end' = start' + n - 1;
//   next is start' = end + 1, end' = end + n (not clipped to total). Prev comes before next.
// - A cluster request also loads the small index (it validates the code and holds the sub-cluster titles).
// - The final tie-break of every order is the cluster code, so `all` rows of one occupation stay in a fixed order.
import { ONET_WS_BASE } from '../config'
import { ALL_CLUSTERS, SORT_ORDERS, defaultSortFor, isSortOrder, type SortOrder } from '../model'
import type { WireClusterListing, WireOccupationPageV1 } from '../onet/wire'
import {
  DATASET_PATHS,
  asDatasetClusterFile,
  asDatasetIndex,
  type DatasetCluster,
  type DatasetClusterFile,
  type DatasetIndex,
} from './dataset'

export type DatasetLoad = (path: string) => Promise<unknown>

export interface EngineResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
}

const DEFAULT_START = 1
const DEFAULT_END = 20
const MAX_PAGE_SIZE = 2000
const CLUSTERS_URL = `${ONET_WS_BASE}online/career_clusters/`
const MULTIPLE_SUB_CLUSTERS: Ref = { code: '-1', title: 'Multiple Sub-Clusters' }
/** Matches `…/online/career_clusters/` (listing) and `…/online/career_clusters/{code}[/]`, whatever the prefix. */
const ROUTE = /\/online\/career_clusters(?:\/([^/]*))?\/?$/

// Type aliases, not interfaces, so rows stay assignable to the wire types' loose (index-signature) objects.
type Ref = { code: string; title: string }

/** One row of a page: the contract's keys in order, then our two non-standard additions. */
type OccupationRow = {
  href: string
  code: string
  title: string
  tags: { bright_outlook: boolean; green: boolean }
  career_cluster: Ref
  career_pathway: Ref
  career_pathways?: Ref[]
  bright_outlook_categories?: string[]
}

type Link = { href: string; rel: 'prev' | 'next' }

interface PageRequest {
  cluster: string
  sort: SortOrder
  start: number
  end: number
}

/** A request the contract answers with 422 and `{"error": message}`. */
class BadRequest extends Error {}

const memoized = new WeakSet<DatasetLoad>()

/**
 * Loads each file at most once; a failure is forgotten so that the next request tries again. Idempotent, so the
 * engine and the About page can share one memoized loader (and so one download of each file).
 */
export function memoizeDatasetLoad(load: DatasetLoad): DatasetLoad {
  if (memoized.has(load)) return load
  const files = new Map<string, Promise<unknown>>()
  const loadOnce: DatasetLoad = (path) => {
    let pending = files.get(path)
    if (!pending) {
      pending = Promise.resolve().then(() => load(path))
      files.set(path, pending)
      pending.catch(() => files.delete(path))
    }
    return pending
  }
  memoized.add(loadOnce)
  return loadOnce
}

/** Pure request handler; used by the fetch adapter and by MSW handlers in tests. url is absolute, e.g. https://services.onetcenter.org/ws/online/career_clusters/030100?sort=name&start=21&end=40 */
export function createEmbeddedOnet(load: DatasetLoad): { handle(url: URL): Promise<EngineResponse> } {
  const loadOnce = memoizeDatasetLoad(load)
  const sortedRows = new Map<string, OccupationRow[]>()

  async function loadIndex(): Promise<DatasetIndex> {
    return asDatasetIndex(await loadOnce(DATASET_PATHS.index))
  }

  async function rowsOfCluster(cluster: DatasetCluster): Promise<OccupationRow[]> {
    const file = asDatasetClusterFile(await loadOnce(DATASET_PATHS.cluster(cluster.code)), cluster.code)
    return occupationRows(cluster, file)
  }

  async function rowsFor(clusterCode: string): Promise<OccupationRow[]> {
    const index = await loadIndex()
    if (clusterCode === ALL_CLUSTERS) return (await Promise.all(index.clusters.map(rowsOfCluster))).flat()
    const cluster = index.clusters.find((c) => c.code === clusterCode)
    if (!cluster) throw new BadRequest(`Unknown career cluster code: ${clusterCode}.`)
    return rowsOfCluster(cluster)
  }

  async function sorted(clusterCode: string, sort: SortOrder): Promise<OccupationRow[]> {
    const key = `${clusterCode} ${sort}`
    let rows = sortedRows.get(key)
    if (!rows) {
      rows = (await rowsFor(clusterCode)).sort(COMPARE[sort])
      sortedRows.set(key, rows)
    }
    return rows
  }

  async function listing(): Promise<WireClusterListing> {
    const { clusters } = await loadIndex()
    return {
      career_cluster: [...clusters]
        .sort((a, b) => byCodeUnit(a.code, b.code))
        .map((c) => ({
          href: `${CLUSTERS_URL}${c.code}`,
          code: c.code,
          title: c.title,
          occupation_count: c.occupationCount,
        })),
    }
  }

  async function occupations(clusterCode: string, params: URLSearchParams): Promise<WireOccupationPageV1> {
    const request = parsePageRequest(clusterCode, params)
    return page(request, await sorted(request.cluster, request.sort))
  }

  return {
    async handle(url) {
      const match = ROUTE.exec(url.pathname)
      if (!match) return { status: 404, body: null }
      const clusterCode = match[1] ?? ''
      try {
        const body = clusterCode === '' ? await listing() : await occupations(clusterCode, url.searchParams)
        return { status: 200, body }
      } catch (error) {
        if (error instanceof BadRequest) return { status: 422, body: { error: error.message } }
        // The browser could not download a file: fail the way fetch does offline, so callers say "check your connection".
        if (error instanceof DatasetUnreachable) throw error
        // Anything else is the dataset failing to load or being malformed: the service is unavailable.
        return { status: 503, body: null }
      }
    },
  }
}

/** A dataset file could not be downloaded at all (offline, DNS, CORS): a network failure, like fetch's TypeError. */
export class DatasetUnreachable extends TypeError {}

/** A fetch-compatible function answering those URLs with real Response objects (JSON, status codes). */
export function createEmbeddedFetch(load: DatasetLoad): typeof fetch {
  const engine = createEmbeddedOnet(load)
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    throwIfAborted(signal)
    const { status, body, headers } = await engine.handle(requestUrl(input))
    // A real fetch rejects when aborted while in flight, too.
    throwIfAborted(signal)
    if (body === null || body === undefined) return new Response(null, { status, headers })
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    })
  }
}

function requestUrl(input: RequestInfo | URL): URL {
  if (input instanceof URL) return input
  // The engine ignores host and prefix, so any base will do for a relative URL such as '/onet/online/…'.
  return new URL(typeof input === 'string' ? input : input.url, 'http://embedded.invalid/')
}

function throwIfAborted(signal: AbortSignal | null | undefined): void {
  if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError')
}

function parsePageRequest(cluster: string, params: URLSearchParams): PageRequest {
  const sort = params.get('sort') ?? defaultSortFor(cluster)
  if (!isSortOrder(sort)) throw new BadRequest(`The sort parameter must be one of ${SORT_ORDERS.join(', ')}.`)
  const start = positiveInteger(params, 'start', DEFAULT_START)
  const end = positiveInteger(params, 'end', DEFAULT_END)
  if (end < start) throw new BadRequest('The end parameter must not be less than start.')
  if (end - start + 1 > MAX_PAGE_SIZE) {
    throw new BadRequest(`A request may ask for at most ${MAX_PAGE_SIZE} occupations (end - start + 1).`)
  }
  return { cluster, sort, start, end }
}

function positiveInteger(params: URLSearchParams, name: 'start' | 'end', fallback: number): number {
  const raw = params.get(name)
  if (raw === null) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < 1 || !Number.isSafeInteger(value)) {
    throw new BadRequest(`The ${name} parameter must be a positive integer.`)
  }
  return value
}

function page({ cluster, sort, start, end }: PageRequest, rows: OccupationRow[]): WireOccupationPageV1 {
  const size = end - start + 1
  const total = rows.length
  const last = Math.min(end, total)
  const link: Link[] = []
  if (start > 1) {
    const prevStart = Math.max(1, start - size)
    link.push(pageLink('prev', cluster, sort, prevStart, prevStart + size - 1))
  }
  if (last < total) link.push(pageLink('next', cluster, sort, end + 1, end + size))
  return { cluster, sort, start, end: last, total, link, occupation: rows.slice(start - 1, last) }
}

function pageLink(rel: Link['rel'], cluster: string, sort: SortOrder, start: number, end: number): Link {
  return { href: `${CLUSTERS_URL}${cluster}?cluster=${cluster}&sort=${sort}&start=${start}&end=${end}`, rel }
}

function occupationRows(cluster: DatasetCluster, file: DatasetClusterFile): OccupationRow[] {
  const subClusters = new Map(cluster.subClusters.map((s) => [s.code, { code: s.code, title: s.title }]))
  return file.occupations.map((occupation) => {
    const pathways = occupation.subClusters.map((code) => {
      const subCluster = subClusters.get(code)
      if (!subCluster)
        throw new Error(`Sub-cluster ${code} of ${occupation.code} is not in cluster ${cluster.code}`)
      return subCluster
    })
    const [only] = pathways
    if (!only) throw new Error(`${occupation.code} has no sub-cluster in cluster ${cluster.code}`)
    const several = pathways.length > 1
    const bright = occupation.brightOutlook.length > 0
    return {
      href: `${ONET_WS_BASE}online/occupations/${occupation.code}/`,
      code: occupation.code,
      title: occupation.title,
      tags: { bright_outlook: bright, green: occupation.green },
      career_cluster: { code: cluster.code, title: cluster.title },
      career_pathway: several ? MULTIPLE_SUB_CLUSTERS : only,
      ...(several && { career_pathways: pathways }),
      ...(bright && { bright_outlook_categories: occupation.brightOutlook }),
    }
  })
}

// Plain code-unit comparison: deterministic in every environment, unlike localeCompare.
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// toLowerCase (not toLocaleLowerCase) uses the locale-independent Unicode case mapping.
function byTitle(a: string, b: string): number {
  return byCodeUnit(a.toLowerCase(), b.toLowerCase())
}

type Compare = (a: OccupationRow, b: OccupationRow) => number

const byOccupationCode: Compare = (a, b) =>
  byCodeUnit(a.code, b.code) || byCodeUnit(a.career_cluster.code, b.career_cluster.code)

const byName: Compare = (a, b) => byTitle(a.title, b.title) || byOccupationCode(a, b)

const isMultiple = (row: OccupationRow): number =>
  row.career_pathway.code === MULTIPLE_SUB_CLUSTERS.code ? 1 : 0

const byPathway: Compare = (a, b) =>
  isMultiple(a) - isMultiple(b) ||
  byTitle(a.career_pathway.title, b.career_pathway.title) ||
  byCodeUnit(a.career_pathway.code, b.career_pathway.code) ||
  byName(a, b)

const byCluster: Compare = (a, b) =>
  byTitle(a.career_cluster.title, b.career_cluster.title) ||
  byCodeUnit(a.career_cluster.code, b.career_cluster.code) ||
  byPathway(a, b)

const COMPARE: Record<SortOrder, Compare> = {
  pathway: byPathway,
  name: byName,
  code: byOccupationCode,
  cluster: byCluster,
}
