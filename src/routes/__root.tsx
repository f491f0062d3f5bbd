import { useEffect } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { Link, Outlet, createRootRouteWithContext, useRouter } from '@tanstack/react-router'
import { OnetCreditFull } from '../components/OnetCredit'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: RootLayout,
})

/** After a navigation to another view (not the first load, not a sort or page change), focus its <h1>. */
function useFocusHeadingOnNavigation() {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.fromLocation || !event.pathChanged) return
        document.querySelector<HTMLElement>('main h1')?.focus()
      }),
    [router],
  )
}

// The router marks the current section with data-status="active" and aria-current="page".
const navLinkClass =
  'rounded-md px-2 py-2 font-medium text-slate-700 hover:text-blue-800 hover:underline data-[status=active]:text-blue-800 data-[status=active]:underline data-[status=active]:decoration-2 data-[status=active]:underline-offset-4 dark:text-slate-200 dark:hover:text-sky-300 dark:data-[status=active]:text-sky-300'

function RootLayout() {
  useFocusHeadingOnNavigation()
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      <header className="no-print border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 text-lg font-bold text-slate-900 dark:text-white">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="size-7" />
            Career Cluster Explorer
          </Link>
          <nav aria-label="Main">
            <ul role="list" className="-mx-2 flex flex-wrap gap-1 text-sm sm:text-base">
              <li>
                <Link to="/" activeOptions={{ exact: true }} className={navLinkClass}>
                  Clusters
                </Link>
              </li>
              <li>
                <Link
                  to="/clusters/$code"
                  params={{ code: 'all' }}
                  activeOptions={{ includeSearch: false }}
                  className={navLinkClass}
                >
                  All occupations
                </Link>
              </li>
              <li>
                <Link to="/about" className={navLinkClass}>
                  About the data
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
          <OnetCreditFull />
          <p className="no-print">
            <Link to="/about" className="underline">
              About the data and what is approximate
            </Link>
          </p>
        </div>
      </footer>
    </div>
  )
}
