// MSW server for integration tests: serves the committed bundled dataset (public/data) as the browser would get it,
// and records every request so tests can assert what the app downloaded.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'

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
