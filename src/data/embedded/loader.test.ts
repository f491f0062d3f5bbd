// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createHttpDatasetLoader } from './loader'
import { DatasetUnreachable } from './engine'

const respond = (body: string, status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status }))

describe('createHttpDatasetLoader', () => {
  it('fetches the file under the base URL and parses its JSON', async () => {
    const fetchFn = respond('{"formatVersion":1}')
    const load = createHttpDatasetLoader('/explorer/', fetchFn)
    expect(await load('data/clusters.json')).toEqual({ formatVersion: 1 })
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/explorer/data/clusters.json')
  })

  it('adds the slash a base URL lacks', async () => {
    const fetchFn = respond('{}')
    await createHttpDatasetLoader('/explorer', fetchFn)('data/clusters/030100.json')
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/explorer/data/clusters/030100.json')
  })

  it('rejects with an error naming the file on an HTTP error', async () => {
    const load = createHttpDatasetLoader('/', respond('not here', 404))
    await expect(load('data/clusters/030100.json')).rejects.toThrow(
      'Could not load data/clusters/030100.json: HTTP 404.',
    )
  })

  it('rejects with an error naming the file when the body is not JSON', async () => {
    const load = createHttpDatasetLoader('/', respond('<!doctype html>'))
    await expect(load('data/clusters.json')).rejects.toThrow('data/clusters.json: it is not valid JSON')
  })

  it('rejects with an error naming the file when the request fails', async () => {
    const load = createHttpDatasetLoader(
      '/',
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError('offline')),
    )
    await expect(load('data/clusters.json')).rejects.toThrow('Could not load data/clusters.json')
    await expect(load('data/clusters.json')).rejects.toBeInstanceOf(DatasetUnreachable)
  })
})
