// Waiting rules shared by the client's retry loop and throttle: backoff, Retry-After, abortable sleep.

/** The contract: after a 429, wait at least this long. */
export const MIN_RETRY_WAIT_MS = 200
const BACKOFF_BASE_MS = 500
const BACKOFF_CAP_MS = 8_000

/** Exponential backoff with "equal jitter": half fixed, half random, so clients that failed together spread out. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retryIndex)
  return Math.max(MIN_RETRY_WAIT_MS, Math.round(ceiling / 2 + (random() * ceiling) / 2))
}

/** Retry-After as delta-seconds or an HTTP-date → milliseconds to wait; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Sleeps, but gives up as soon as the caller aborts, rejecting with the caller's reason. */
export function sleepUnlessAborted(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (!signal) return sleep(ms)
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

/** At most one request start per interval (O*NET's ToS: under 5 requests a second). */
export function createThrottle(minIntervalMs: number, sleep: (ms: number) => Promise<void>) {
  let nextSlot = 0
  return async function waitForSlot(signal?: AbortSignal): Promise<void> {
    const now = Date.now()
    const slot = Math.max(now, nextSlot)
    // Reserve synchronously, so concurrent callers queue behind each other instead of sharing a slot.
    nextSlot = slot + minIntervalMs
    if (slot > now) await sleepUnlessAborted(sleep, slot - now, signal)
  }
}
