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

// Shown to students as they are (the error view adds only a way forward): plain words, what to do next.
const DEFAULT_MESSAGES: Record<OnetErrorKind, string> = {
  'invalid-request': 'The request for occupation data was not valid.',
  unauthorized:
    'This site could not sign in to O*NET Web Services. Please tell the people who run this site.',
  'not-found': 'That list of occupations does not exist.',
  'rate-limited': 'Too many people are asking for data right now. Wait a few seconds, then try again.',
  server: 'The O*NET data service has a problem right now. Please try again in a moment.',
  timeout: 'The occupation data is taking too long to arrive. Please try again.',
  network: 'We could not reach the occupation data. Check your internet connection, then try again.',
  malformed: 'The occupation data came back in a form we did not expect. Please come back later.',
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
