// MSW server for integration tests: serves the committed bundled dataset (public/data) as the browser would get it,
// and records every request so tests can assert what the app downloaded.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDataSourceForTests } from '../data/source'

const publicDir = resolve(import.meta.dirname, '../../public')

export const requests: string[] = []

export const datasetHandlers = [
  http.get('*/data/*', async ({ request }) => {
    const { pathname } = new URL(request.url)
    requests.push(pathname)
    try {
      const body = await readFile(resolve(publicDir, `.${pathname}`), 'utf8')
      return new HttpResponse(body, { headers: { 'content-type': 'application/json' } })
    } catch {
      return new HttpResponse(null, { status: 404 })
    }
  }),
]

export const server = setupServer(...datasetHandlers)

/**
 * Call at the top of a test file: serves the dataset for the file's tests, and starts each test as a fresh page
 * load (no dataset file cached by the embedded engine, no requests recorded).
 */
export function serveDatasetForEachTest(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    resetDataSourceForTests()
    requests.length = 0
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
