import { Link } from '@tanstack/react-router'
import { OnetError } from '../data/queries'
import { ViewHeading } from './ViewHeading'
import { OnetCreditLine } from './OnetCredit'

interface Explanation {
  message: string
  canRetry: boolean
}

/** Plain-language explanations: the user needs to know what happened and what to do, never a stack trace. */
export function explainError(error: unknown): Explanation {
  if (error instanceof OnetError) {
    switch (error.kind) {
      case 'network':
        return {
          message: 'We could not reach the occupation data. Check your internet connection, then try again.',
          canRetry: true,
        }
      case 'timeout':
        return {
          message: 'The occupation data is taking too long to arrive. Please try again.',
          canRetry: true,
        }
      case 'rate-limited':
        return {
          message: 'Too many people are asking for data right now. Wait a few seconds, then try again.',
          canRetry: true,
        }
      case 'server':
        return {
          message: 'The O*NET data service has a problem right now. Please try again in a moment.',
          canRetry: true,
        }
      case 'malformed':
        return {
          message:
            'The occupation data came back in a form we did not expect. Try again, or come back later.',
          canRetry: true,
        }
      case 'unauthorized':
        return {
          message:
            'This site could not sign in to O*NET Web Services. Please tell the people who run this site.',
          canRetry: false,
        }
      case 'invalid-request':
        return { message: `That list could not be shown: ${error.message}`, canRetry: false }
      case 'not-found':
        return { message: 'That list does not exist.', canRetry: false }
    }
  }
  return { message: 'Something went wrong while loading this page. Please try again.', canRetry: true }
}

export function ErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { message, canRetry } = explainError(error)
  return (
    <section className="space-y-4 py-6" aria-labelledby="error-heading">
      <div id="error-heading">
        <ViewHeading title="Could not load occupations">We couldn’t load this page</ViewHeading>
      </div>
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
