import { Link } from '@tanstack/react-router'
import { OnetError } from '../data/queries'
import { ViewHeading } from './ViewHeading'
import { OnetCreditLine } from './OnetCredit'

interface Explanation {
  message: string
  canRetry: boolean
}

/** The data layer's plain-language message and its idea of what is worth retrying; never a stack trace. */
export function explainError(error: unknown): Explanation {
  if (error instanceof OnetError) {
    const message =
      error.kind === 'invalid-request' ? `That list could not be shown: ${error.message}` : error.message
    return { message, canRetry: error.retryable }
  }
  return { message: 'Something went wrong while loading this page. Please try again.', canRetry: true }
}

export function ErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { message, canRetry } = explainError(error)
  return (
    <section className="space-y-4 py-6">
      <ViewHeading title="Could not load occupations">We couldn’t load this page</ViewHeading>
      <p role="alert">{message}</p>
      <div className="flex flex-wrap gap-3">
        {canRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="min-h-11 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
          >
            Try again
          </button>
        )}
        <Link
          to="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 font-semibold text-blue-700 dark:border-slate-600 dark:text-sky-300"
        >
          Back to all Career Clusters
        </Link>
      </div>
      <OnetCreditLine />
    </section>
  )
}
