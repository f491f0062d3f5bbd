// @vitest-environment node
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createOnetClient, type OnetClientOptions } from './client'
import { OnetError } from './errors'
import { ONET_TEST_BASE, setupOnetTestServer } from './test-server'
import clustersV1 from './__fixtures__/clusters.v1.json'
import pageV1 from './__fixtures__/occupations-030100.v1.json'
import pageV2 from './__fixtures__/occupations-030100.v2.provisional.json'

const server = setupOnetTestServer()
const LISTING = `${ONET_TEST_BASE}online/career_clusters/`
const PAGE = `${ONET_TEST_BASE}online/career_clusters/:code`
const range = { sort: 'pathway', start: 1, end: 2 } as const

/** A client whose waits are recorded instead of slept, with no throttle unless a test asks for one. */
function testClient(overrides: Partial<OnetClientOptions> = {}) {
  const sleeps: number[] = []
  const client = createOnetClient({
    baseUrl: ONET_TEST_BASE,
    minIntervalMs: 0,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...overrides,
  })
  return { client, sleeps }
}

/** Answers each request with the next response factory in turn (the last one repeats), counting calls. */
function sequence(...responses: (() => Response | Promise<Response>)[]) {
  const calls = { count: 0 }
  const resolver = () => responses[Math.min(calls.count++, responses.length - 1)]!()
  return { calls, resolver }
}

async function onetErrorOf(promise: Promise<unknown>): Promise<OnetError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  )
  if (error instanceof OnetError) return error
  throw error
}

describe('createOnetClient', () => {
  it('lists clusters, asking for JSON', async () => {
    let accept: string | null = null
    server.use(
      http.get(LISTING, ({ request }) => {
        accept = request.headers.get('Accept')
        return HttpResponse.json(clustersV1)
      }),
    )
    const clusters = await testClient().client.listClusters()
    expect(accept).toBe('application/json')
    expect(clusters.map((c) => c.code)).toEqual(['010100', '030100', '050100'])
  })

  it('asks for a page with sort, start and end, and normalises it', async () => {
    let url: URL | undefined
    server.use(
      http.get(PAGE, ({ request }) => {
        url = new URL(request.url)
        return HttpResponse.json(pageV1)
      }),
    )
    const page = await testClient().client.getOccupationPage('030100', range)
    expect(url?.pathname).toBe('/ws/online/career_clusters/030100')
    expect(url?.search).toBe('?sort=pathway&start=1&end=2')
    expect(page).toMatchObject({ clusterCode: '030100', total: 44, hasNext: true })
    expect(page.occupations[0]?.subCluster).toEqual({ code: '030101', title: 'Accounting' })
  })

  it('normalises a provisional v2 body', async () => {
    server.use(http.get(PAGE, () => HttpResponse.json(pageV2)))
    const page = await testClient().client.getOccupationPage('030100', {
      sort: 'pathway',
      start: 21,
      end: 23,
    })
    expect(page).toMatchObject({ start: 21, end: 23, hasNext: true, hasPrevious: true })
    expect(page.occupations[1]?.subClusters).toHaveLength(2)
  })

  it("surfaces O*NET's 422 sentence as an invalid-request error, without retrying", async () => {
    const sentence = 'Career cluster code 999999 is not valid.'
    const { calls, resolver } = sequence(() => HttpResponse.json({ error: sentence }, { status: 422 }))
    server.use(http.get(PAGE, resolver))
    const error = await onetErrorOf(testClient().client.getOccupationPage('999999', range))
    expect(error).toMatchObject({ kind: 'invalid-request', status: 422, message: sentence, retryable: false })
    expect(calls.count).toBe(1)
  })

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not-found'],
  ] as const)('maps %i to %s without retrying', async (status, kind) => {
    const { calls, resolver } = sequence(() => new HttpResponse('<html>nope</html>', { status }))
    server.use(http.get(LISTING, resolver))
    const error = await onetErrorOf(testClient().client.listClusters())
    expect(error).toMatchObject({ kind, status, retryable: false })
    expect(error.message).not.toMatch(/html/)
    expect(calls.count).toBe(1)
  })

  it('waits at least Retry-After seconds after a 429, then succeeds', async () => {
    const { calls, resolver } = sequence(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }),
      () => HttpResponse.json(clustersV1),
    )
    server.use(http.get(LISTING, resolver))
    const { client, sleeps } = testClient()
    await expect(client.listClusters()).resolves.toHaveLength(3)
    expect(calls.count).toBe(2)
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000)
  })

  it('honours Retry-After as an HTTP-date', async () => {
    const retryAt = new Date(Date.now() + 5000).toUTCString()
    const { resolver } = sequence(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': retryAt } }),
      () => HttpResponse.json(clustersV1),
    )
    server.use(http.get(LISTING, resolver))
    const { client, sleeps } = testClient()
    await client.listClusters()
    // HTTP-dates have whole-second precision: allow the second being truncated.
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000)
  })

  it('never waits less than 200 ms after a 429', async () => {
    const { resolver } = sequence(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }),
      () => HttpResponse.json(clustersV1),
    )
    server.use(http.get(LISTING, resolver))
    const { client, sleeps } = testClient()
    await client.listClusters()
    expect(sleeps[0]).toBeGreaterThanOrEqual(200)
  })

  it('gives up as rate-limited after the retries, with growing waits', async () => {
    const { calls, resolver } = sequence(() => new HttpResponse(null, { status: 429 }))
    server.use(http.get(LISTING, resolver))
    const { client, sleeps } = testClient({ maxRetries: 3 })
    const error = await onetErrorOf(client.listClusters())
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryable: true })
    expect(calls.count).toBe(4)
    expect(sleeps).toHaveLength(3)
    expect(Math.min(...sleeps)).toBeGreaterThanOrEqual(200)
    expect(sleeps[2]).toBeGreaterThan(sleeps[0]!)
  })

  it('does not keep the user waiting for a Retry-After of minutes', async () => {
    const { calls, resolver } = sequence(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } }),
    )
    server.use(http.get(LISTING, resolver))
    expect((await onetErrorOf(testClient().client.listClusters())).kind).toBe('rate-limited')
    expect(calls.count).toBe(1)
  })

  it('retries a 503 and succeeds', async () => {
    const { calls, resolver } = sequence(
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json(clustersV1),
    )
    server.use(http.get(LISTING, resolver))
    await expect(testClient().client.listClusters()).resolves.toHaveLength(3)
    expect(calls.count).toBe(2)
  })

  it('reports a server error after exhausting the retries on 500', async () => {
    const { calls, resolver } = sequence(() => new HttpResponse('oops', { status: 500 }))
    server.use(http.get(LISTING, resolver))
    const error = await onetErrorOf(testClient({ maxRetries: 2 }).client.listClusters())
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true })
    expect(calls.count).toBe(3)
  })

  it('reports a timeout when O*NET does not answer in time', async () => {
    const { calls, resolver } = sequence(async () => {
      await delay(1000)
      return HttpResponse.json(clustersV1)
    })
    server.use(http.get(LISTING, resolver))
    const error = await onetErrorOf(testClient({ timeoutMs: 20 }).client.listClusters())
    expect(error).toMatchObject({ kind: 'timeout', retryable: true })
    // A timed-out attempt is not repeated: three more 15 s waits would leave the user staring for a minute.
    expect(calls.count).toBe(1)
  })

  it('retries a network error and reports it when it persists', async () => {
    const { calls, resolver } = sequence(() => HttpResponse.error())
    server.use(http.get(LISTING, resolver))
    const error = await onetErrorOf(testClient({ maxRetries: 1 }).client.listClusters())
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(calls.count).toBe(2)
  })

  it('recovers from a passing network error', async () => {
    const { resolver } = sequence(
      () => HttpResponse.error(),
      () => HttpResponse.json(clustersV1),
    )
    server.use(http.get(LISTING, resolver))
    await expect(testClient().client.listClusters()).resolves.toHaveLength(3)
  })

  it('reports a body that is not JSON as malformed', async () => {
    server.use(http.get(LISTING, () => HttpResponse.text('<career_clusters/>')))
    const error = await onetErrorOf(testClient().client.listClusters())
    expect(error).toMatchObject({ kind: 'malformed', retryable: false })
    expect(error.cause).toBeInstanceOf(SyntaxError)
  })

  it('reports JSON of the wrong shape as malformed, keeping the issues for developers', async () => {
    server.use(http.get(PAGE, () => HttpResponse.json({ occupations: [] })))
    const error = await onetErrorOf(testClient().client.getOccupationPage('030100', range))
    expect(error.kind).toBe('malformed')
    expect((error.cause as Error).message).toMatch(/start/)
  })

  it("propagates the caller's abort as an AbortError, not an OnetError", async () => {
    server.use(
      http.get(LISTING, async () => {
        await delay(1000)
        return HttpResponse.json(clustersV1)
      }),
    )
    const controller = new AbortController()
    const pending = testClient().client.listClusters(controller.signal)
    setTimeout(() => controller.abort(), 10)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    await expect(pending).rejects.not.toBeInstanceOf(OnetError)
  })

  it('stops waiting to retry when the caller aborts', async () => {
    server.use(http.get(LISTING, () => new HttpResponse(null, { status: 503 })))
    const controller = new AbortController()
    const client = createOnetClient({
      baseUrl: ONET_TEST_BASE,
      minIntervalMs: 0,
      // A backoff that never ends unless aborted.
      sleep: () => {
        controller.abort()
        return new Promise(() => {})
      },
    })
    await expect(client.listClusters(controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('spaces request starts by minIntervalMs (ToS: under 5 a second)', async () => {
    server.use(http.get(LISTING, () => HttpResponse.json(clustersV1)))
    const { client, sleeps } = testClient({ minIntervalMs: 200 })
    await Promise.all([client.listClusters(), client.listClusters(), client.listClusters()])
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThan(150)
    expect(sleeps[0]).toBeLessThanOrEqual(200)
    expect(sleeps[1]).toBeGreaterThan(350)
    expect(sleeps[1]).toBeLessThanOrEqual(400)
  })

  it('spaces request starts in real time with the default sleep', async () => {
    const starts: number[] = []
    server.use(
      http.get(LISTING, () => {
        starts.push(performance.now())
        return HttpResponse.json(clustersV1)
      }),
    )
    const client = createOnetClient({ baseUrl: ONET_TEST_BASE, minIntervalMs: 40 })
    await Promise.all([client.listClusters(), client.listClusters(), client.listClusters()])
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(35)
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(35)
  })
})
