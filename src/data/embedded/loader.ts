// Fetches the bundled dataset files (public/data/) for the embedded engine.
import { DatasetUnreachable, type DatasetLoad } from './engine'

/** Loads dataset files over HTTP relative to baseUrl (import.meta.env.BASE_URL in the app), parsing JSON; a failed load rejects with an Error naming the file. */
export function createHttpDatasetLoader(
  baseUrl: string,
  // Resolved at call time so that a fetch patched later (MSW in tests) is the one used.
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): DatasetLoad {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  return async (path) => {
    let response: Response
    try {
      response = await fetchFn(`${base}${path}`, { headers: { accept: 'application/json' } })
    } catch (cause) {
      throw new DatasetUnreachable(`Could not load ${path}: the request failed.`, { cause })
    }
    if (!response.ok) throw new Error(`Could not load ${path}: HTTP ${response.status}.`)
    try {
      return (await response.json()) as unknown
    } catch (cause) {
      throw new Error(`Could not load ${path}: it is not valid JSON.`, { cause })
    }
  }
}
