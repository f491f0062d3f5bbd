import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { ErrorView } from './ErrorView'

/** Route error boundary: Retry clears the failed queries and runs the route's loader again. */
export function RouteErrorView({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  return (
    <ErrorView
      error={error}
      onRetry={() => {
        queryErrorResetBoundary.reset()
        reset()
        void router.invalidate()
      }}
    />
  )
}
