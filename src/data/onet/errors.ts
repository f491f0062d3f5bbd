// Typed failures of the O*NET client: the UI picks its message and its Retry button from `kind`, never from text.

export type OnetErrorKind =
  | 'invalid-request'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'

// Transient kinds: trying again later may succeed; the others need a different request or a fixed setup.
const RETRYABLE_KINDS: ReadonlySet<OnetErrorKind> = new Set(['rate-limited', 'server', 'timeout', 'network'])

const DEFAULT_MESSAGES: Record<OnetErrorKind, string> = {
  'invalid-request': 'The request for occupation data was not valid.',
  unauthorized: 'The occupation data service refused the request: its API key is missing or not accepted.',
  'not-found': 'The occupation data was not found.',
  'rate-limited': 'The occupation data service is busy right now. Please try again in a moment.',
  server: 'The occupation data service had a problem. Please try again later.',
  timeout: 'The occupation data service took too long to answer.',
  network: 'Could not reach the occupation data service. Check your connection and try again.',
  malformed: 'The occupation data service sent an answer this app could not read.',
}

export interface OnetErrorOptions {
  message?: string
  status?: number
  /** Developer detail (zod issue summary, the original TypeError ...): never shown as the message. */
  cause?: unknown
}

export class OnetError extends Error {
  readonly kind: OnetErrorKind
  readonly status?: number

  constructor(kind: OnetErrorKind, options: OnetErrorOptions = {}) {
    super(options.message ?? DEFAULT_MESSAGES[kind], { cause: options.cause })
    this.name = 'OnetError'
    this.kind = kind
    if (options.status !== undefined) this.status = options.status
  }

  /** True for kinds worth a Retry button. */
  get retryable(): boolean {
    return RETRYABLE_KINDS.has(this.kind)
  }
}

export function isOnetError(error: unknown): error is OnetError {
  return error instanceof OnetError
}
