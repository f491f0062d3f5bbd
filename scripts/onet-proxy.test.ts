// @vitest-environment node
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer as createViteServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_ONET_API_URL,
  onetProxy,
  prepareUpstreamRequest,
  proxyPath,
  refusal,
  resolveAuth,
  rewritePath,
  sanitiseResponseHeaders,
  upstreamHeaders,
} from './onet-proxy'

const V1 = 'https://services.onetcenter.org/ws/'
const V2 = 'https://api-v2.onetcenter.org/'
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`

describe('credentials', () => {
  it('uses ONET_API_KEY as an X-API-Key header for v2 (the default base)', () => {
    const auth = resolveAuth({ ONET_API_KEY: ' k3y ' }, DEFAULT_ONET_API_URL)
    expect(upstreamHeaders(auth)).toEqual({ Accept: 'application/json', 'X-API-Key': 'k3y' })
  })

  it('uses HTTP Basic for a v1.9 base, from ONET_USERNAME/ONET_PASSWORD', () => {
    const auth = resolveAuth({ ONET_USERNAME: 'me', ONET_PASSWORD: 'p:w' }, V1)
    expect(upstreamHeaders(auth)).toEqual({ Accept: 'application/json', Authorization: basic('me:p:w') })
  })

  it('accepts v1.9 credentials as ONET_API_KEY="username:password"', () => {
    const auth = resolveAuth({ ONET_API_KEY: 'me:secret' }, V1)
    expect(upstreamHeaders(auth).Authorization).toBe(basic('me:secret'))
  })

  it('reports missing credentials with a hint for the version in use', () => {
    expect(resolveAuth({}, V2)).toMatchObject({
      kind: 'missing',
      hint: expect.stringMatching(/ONET_API_KEY/),
    })
    expect(resolveAuth({ ONET_API_KEY: 'no-colon' }, V1)).toMatchObject({
      kind: 'missing',
      hint: expect.stringMatching(/ONET_USERNAME/),
    })
  })
})

describe('paths', () => {
  it('strips the proxy prefix, keeping the query', () => {
    expect(rewritePath('/onet/online/career_clusters/030100?sort=name', '/onet')).toBe(
      '/online/career_clusters/030100?sort=name',
    )
    expect(rewritePath('/onet', '/onet')).toBe('/')
  })

  it("follows the app's VITE_ONET_PROXY_PATH, defaulting to /onet", () => {
    expect(proxyPath({})).toBe('/onet')
    expect(proxyPath({ VITE_ONET_PROXY_PATH: '/api/onet/' })).toBe('/api/onet')
    expect(proxyPath({ VITE_ONET_PROXY_PATH: 'https://proxy.example/onet/' })).toBe('/onet')
  })

  it('keys the proxy by that path and targets v2 unless ONET_API_URL says otherwise', () => {
    expect(onetProxy({})['/onet']?.target).toBe(DEFAULT_ONET_API_URL)
    expect(onetProxy({ ONET_API_URL: V1 })['/onet']?.target).toBe(V1)
  })

  it('refuses to start with an ONET_API_URL that is not a URL, naming the variable', () => {
    expect(() => onetProxy({ ONET_API_URL: 'services.onetcenter.org/ws/' })).toThrow(/ONET_API_URL/)
  })
})

describe('refusals', () => {
  const key = resolveAuth({ ONET_API_KEY: 'k' }, V2)

  it('forwards a GET for a career cluster resource', () => {
    expect(refusal('GET', '/onet/online/career_clusters/', '/onet', key)).toBeNull()
  })

  it('answers 401 with an explanation instead of forwarding when no key is configured', () => {
    const refused = refusal('GET', '/onet/online/career_clusters/', '/onet', resolveAuth({}, V2))
    expect(refused).toMatchObject({ status: 401, error: expect.stringMatching(/ONET_API_KEY.*\.env\.local/) })
  })

  it('lends the key to nothing but GET requests for Browse by Career Cluster', () => {
    expect(refusal('POST', '/onet/online/career_clusters/', '/onet', key)?.status).toBe(405)
    expect(refusal('GET', '/onet/online/occupations/13-2011.00/', '/onet', key)?.status).toBe(404)
  })
})

describe('headers', () => {
  it("replaces the browser's cookies and credentials with ours", () => {
    const headers = new Map<string, string>([
      ['cookie', 'session=1'],
      ['authorization', 'Bearer browser'],
    ])
    const proxyReq = {
      setHeader: (name: string, value: string) => void headers.set(name.toLowerCase(), value),
      removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
    }
    prepareUpstreamRequest(proxyReq, resolveAuth({ ONET_API_KEY: 'k' }, V2))
    expect(Object.fromEntries(headers)).toEqual({ accept: 'application/json', 'x-api-key': 'k' })
  })

  it('never lets a credential or a password prompt back to the browser', () => {
    const headers: IncomingHttpHeaders = {
      'content-type': 'application/json',
      'www-authenticate': 'Basic realm="O*NET"',
      'x-echo': 'got key k3y-secret',
      'set-cookie': ['a=1'],
    }
    sanitiseResponseHeaders(headers, ['k3y-secret'])
    expect(headers).toEqual({ 'content-type': 'application/json' })
  })
})

describe('through a real Vite dev server', () => {
  let upstream: Server
  let upstreamUrl: string
  let seen: { url: string; headers: IncomingHttpHeaders }[] = []
  const servers: ViteDevServer[] = []

  beforeAll(async () => {
    upstream = createHttpServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers })
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': 'Basic realm="O*NET Web Services"',
        'X-Echo-Key': String(req.headers['x-api-key']),
      })
      res.end(JSON.stringify({ career_cluster: [] }))
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/ws/`
  })

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
    await new Promise((resolve) => upstream.close(resolve))
  })

  async function viteWith(env: Record<string, string>): Promise<string> {
    const server = await createViteServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'silent',
      appType: 'custom',
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { port: 0, host: '127.0.0.1', proxy: onetProxy(env), ws: false },
    })
    servers.push(server)
    await server.listen()
    return `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`
  }

  it('forwards to the /ws/ path with Basic auth and JSON, and strips what must not come back', async () => {
    seen = []
    const origin = await viteWith({ ONET_API_URL: upstreamUrl, ONET_API_KEY: 'me:secret' })
    const response = await fetch(`${origin}/onet/online/career_clusters/?x=1`, {
      headers: { cookie: 'dev=1' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ career_cluster: [] })
    expect(seen[0]?.url).toBe('/ws/online/career_clusters/?x=1')
    expect(seen[0]?.headers).toMatchObject({ authorization: basic('me:secret'), accept: 'application/json' })
    expect(seen[0]?.headers.cookie).toBeUndefined()
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('adds X-API-Key for v2 and drops a response header echoing it', async () => {
    seen = []
    const origin = await viteWith({
      ONET_API_URL: upstreamUrl.replace('/ws/', '/'),
      ONET_API_KEY: 'k3y-secret',
    })
    const response = await fetch(`${origin}/onet/online/career_clusters/030100`)
    expect(seen[0]?.url).toBe('/online/career_clusters/030100')
    expect(seen[0]?.headers['x-api-key']).toBe('k3y-secret')
    expect(response.headers.get('x-echo-key')).toBeNull()
    expect(await response.text()).not.toContain('k3y-secret')
  })

  it('answers the browser itself when no key is configured, without calling O*NET', async () => {
    seen = []
    const origin = await viteWith({ ONET_API_URL: upstreamUrl })
    const response = await fetch(`${origin}/onet/online/career_clusters/`)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: expect.stringMatching(/ONET_USERNAME/) })
    expect(seen).toEqual([])
  })
})
