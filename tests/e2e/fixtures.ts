import { test as base, expect, type Page, type Request } from '@playwright/test'

export { expect }

/** The two clusters the specs walk through, with their real counts in the bundled dataset. */
export const FINANCE = { code: '030100', title: 'Financial Services', total: 53 } as const
export const MARKETING = { code: '060300', title: 'Marketing & Sales', total: 34 } as const

export const SITE_NAME = 'Career Cluster Explorer'

interface Fixtures {
  /** Console errors a test expects (say, the browser logging an aborted request); any other one fails it. */
  allowedConsoleErrors: RegExp | null
  /** Every console.error and uncaught page error of the test; asserted empty (bar the allowed ones) at the end. */
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = []
      const record = (text: string) => {
        if (!allowedConsoleErrors?.test(text)) errors.push(text)
      }
      page.on('console', (message) => {
        if (message.type() === 'error') record(message.text())
      })
      page.on('pageerror', (error) => record(`Uncaught: ${error.message}`))
      await use(errors)
      expect(errors, 'console errors during the test').toEqual([])
    },
    { auto: true },
  ],
})

/** Records requests for the bundled dataset (/data/...), so a test can tell whether a view cost a request. */
export function recordDataRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url())
    if (pathname.startsWith('/data/')) paths.push(pathname)
  })
  return paths
}

/** The occupation table's caption, e.g. "Financial Services: 21–40 of 53 occupations". */
export function caption(title: string, start: number, end: number, total: number): string {
  return `${title}: ${start}–${end} of ${total} occupations`
}

export function occupationTable(page: Page) {
  return page.getByRole('table')
}

export function pagination(page: Page) {
  return page.getByRole('navigation', { name: 'Pagination' })
}

/** Waits until the app has rendered a view's h1 (the SPA shell itself has none). */
export async function waitForView(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
}

/**
 * What a deliberate data failure logs: the browser's line for the failed request, and React's default report of
 * the error an error boundary caught (the OnetError the error view explains).
 */
export const EXPECTED_FAILURE_LOGS = /^(Failed to load resource|OnetError: )/

/** One view of the app as a test reaches it: where to go, what to set up first, what shows it is rendered. */
export interface View {
  /** Short name, also used in screenshot file names. */
  name: string
  path: string
  setup?: (page: Page) => Promise<unknown>
  ready: (page: Page) => Promise<void>
  /** Console errors this view logs on purpose. */
  expectedConsoleErrors?: RegExp
}

/** Every kind of view: the grid, a cluster, all clusters, not found, the error state and the about page. */
export const VIEWS: View[] = [
  {
    name: 'grid',
    path: '/',
    ready: (page) => expect(page.getByRole('link', { name: new RegExp(`^${FINANCE.title}`) })).toBeVisible(),
  },
  {
    name: 'cluster',
    path: `/clusters/${FINANCE.code}`,
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  { name: 'all', path: '/clusters/all', ready: (page) => expect(page.getByRole('table')).toBeVisible() },
  {
    name: 'not-found',
    path: '/clusters/999999',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible(),
  },
  {
    name: 'error',
    path: `/clusters/${FINANCE.code}`,
    // The client retries network failures with backoff before the error view shows.
    setup: (page) => page.route(`**/data/clusters/${FINANCE.code}.json`, (route) => route.abort('failed')),
    ready: (page) => expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 20_000 }),
    expectedConsoleErrors: EXPECTED_FAILURE_LOGS,
  },
  {
    name: 'about',
    path: '/about',
    ready: (page) => expect(page.getByRole('table', { name: 'Source files and releases' })).toBeVisible(),
  },
]

/** Occupation titles of the table's rows, in order (the link text without its "(opens in a new tab)" note). */
export async function occupationTitles(page: Page): Promise<string[]> {
  const texts = await occupationTable(page).getByRole('rowheader').getByRole('link').allTextContents()
  return texts.map((text) => text.replace('(opens in a new tab)', '').trim())
}
