// The one O*NET HTTP client: URLs, timeouts, retries, throttling, and HTTP failures turned into OnetError.
import type { Cluster, OccupationPage, SortOrder } from '../model'
import { OnetError, type OnetErrorKind } from './errors'
import { normaliseClusterListing, normaliseOccupationPage } from './normalise'
import {
  backoffMs,
  createThrottle,
  defaultSleep,
  MIN_RETRY_WAIT_MS,
  parseRetryAfter,
  sleepUnlessAborted,
} from './retry'
import { wireError } from './wire'

export interface OnetClientOptions {
  /** Base URL ending in a slash, e.g. `https://services.onetcenter.org/ws/` or the same-origin proxy's `/onet/`. */
  baseUrl: string
  fetch?: typeof fetch
  /** Per attempt; default 15 s. */
  timeoutMs?: number
  /** Retries after the first attempt on 429, 5xx and network errors; default 3. */
  maxRetries?: number
  sleep?: (ms: number) => Promise<void>
  /** Minimum time between request starts; default 200 ms (O*NET's ToS: under 5 requests a second). */
  minIntervalMs?: number
}

export interface OccupationPageRange {
  sort: SortOrder
  start: number
  end: number
}

export interface OnetClient {
  listClusters(signal?: AbortSignal): Promise<Cluster[]>
  getOccupationPage(
    clusterCode: string,
    p: OccupationPageRange,
    signal?: AbortSignal,
  ): Promise<OccupationPage>
}

/** A Retry-After longer than this is not worth keeping the user waiting: fail and let them retry later. */
const MAX_RETRY_AFTER_MS = 30_000

interface RawResponse {
  status: number
  retryAfter: string | null
  text: string
}

export function createOnetClient(opts: OnetClientOptions): OnetClient {
  // Resolve the global at call time, so MSW (or any test double) installed after creation still intercepts.
  const fetchFn: typeof fetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const timeoutMs = opts.timeoutMs ?? 15_000
  const maxRetries = opts.maxRetries ?? 3
  const sleep = opts.sleep ?? defaultSleep
  const waitForSlot = createThrottle(opts.minIntervalMs ?? 200, sleep)

  async function fetchOnce(url: URL, signal: AbortSignal | undefined): Promise<RawResponse> {
    const timeout = AbortSignal.timeout(timeoutMs)
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
    try {
      const response = await fetchFn(url, { headers: { Accept: 'application/json' }, signal: combined })
      // Read the body under the same signal: a stalled body is a timeout too.
      const text = await response.text()
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), text }
    } catch (error) {
      // The caller's abort is not a failure to report: rethrow it untouched for TanStack Query to recognise.
      if (signal?.aborted) throw error
      if (timeout.aborted) throw new OnetError('timeout', { cause: error })
      throw new OnetError('network', { cause: error })
    }
  }

  async function getJson(url: URL, signal: AbortSignal | undefined): Promise<unknown> {
    for (let retry = 0; ; retry++) {
      await waitForSlot(signal)
      let raw: RawResponse
      try {
        raw = await fetchOnce(url, signal)
      } catch (error) {
        if (error instanceof OnetError && error.kind === 'network' && retry < maxRetries) {
          await sleepUnlessAborted(sleep, backoffMs(retry), signal)
          continue
        }
        throw error
      }
      if (raw.status >= 200 && raw.status < 300) return parseJson(raw.text)
      const wait = retryWait(raw, retry)
      if (wait === null) throw httpError(raw)
      await sleepUnlessAborted(sleep, wait, signal)
    }
  }

  /** Milliseconds to wait before retrying this response, or null when it must not be retried. */
  function retryWait(raw: RawResponse, retry: number): number | null {
    if (retry >= maxRetries) return null
    if (raw.status >= 500) return backoffMs(retry)
    if (raw.status !== 429) return null
    const retryAfter = parseRetryAfter(raw.retryAfter)
    if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) return null
    return Math.max(MIN_RETRY_WAIT_MS, retryAfter ?? 0, backoffMs(retry))
  }

  return {
    async listClusters(signal) {
      return normaliseClusterListing(await getJson(new URL('online/career_clusters/', opts.baseUrl), signal))
    },
    async getOccupationPage(clusterCode, p, signal) {
      const url = new URL(`online/career_clusters/${encodeURIComponent(clusterCode)}`, opts.baseUrl)
      url.searchParams.set('sort', p.sort)
      url.searchParams.set('start', String(p.start))
      url.searchParams.set('end', String(p.end))
      const body = await getJson(url, signal)
      return normaliseOccupationPage(body, { clusterCode, sort: p.sort, start: p.start })
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new OnetError('malformed', { cause: error })
  }
}

function httpError(raw: RawResponse): OnetError {
  const kind = kindForStatus(raw.status)
  // O*NET documents `{"error": sentence}` on 422; the dev proxy uses the same shape to explain a missing key.
  const sentence = raw.status < 500 && raw.status !== 429 ? errorSentence(raw.text) : undefined
  return new OnetError(kind, { status: raw.status, message: sentence })
}

function kindForStatus(status: number): OnetErrorKind {
  if (status === 401 || status === 403) return 'unauthorized'
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  // 422 is O*NET's bad-request answer; any other unexpected 4xx is the request's fault too.
  if (status >= 400) return 'invalid-request'
  // 1xx/3xx reaching here mean an answer this client cannot use.
  return 'malformed'
}

function errorSentence(text: string): string | undefined {
  try {
    const parsed = wireError.safeParse(JSON.parse(text))
    return parsed.success && parsed.data.error.trim() ? parsed.data.error : undefined
  } catch {
    return undefined
  }
}
