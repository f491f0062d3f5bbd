import { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { routeTree } from './routeTree.gen'
import { PendingView } from './components/PendingView'
import { NotFoundView } from './components/NotFoundView'

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  })
}

/** Shared by main.tsx and the integration tests, so tests exercise the real routes. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    defaultPreload: 'intent',
    // TanStack Query alone decides freshness.
    defaultPreloadStaleTime: 0,
    // Show a loading state only when loading is slow, and then long enough not to flash.
    defaultPendingMs: 400,
    defaultPendingMinMs: 300,
    defaultPendingComponent: PendingView,
    defaultNotFoundComponent: () => <NotFoundView />,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
