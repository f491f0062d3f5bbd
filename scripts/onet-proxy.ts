// Dev/preview proxy to O*NET Web Services: the browser calls a same-origin path and the key is added here, server-side.
// Production needs the same from a real reverse proxy (nginx or similar); see .env.example.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ProxyOptions } from 'vite'

export type OnetEnv = Record<string, string | undefined>

export const DEFAULT_ONET_API_URL = 'https://api-v2.onetcenter.org/'
const DEFAULT_PROXY_PATH = '/onet'
/** The only service the app uses: the proxy lends the key to nothing else. */
const ALLOWED_SERVICE = '/online/career_clusters'

export type OnetAuth =
  | { kind: 'api-key'; key: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'missing'; hint: string }

/** v1.9 (base URL with `/ws/`) takes HTTP Basic; v2 takes an `X-API-Key` header. */
export function isVersion1(apiUrl: string): boolean {
  return new URL(apiUrl).pathname.includes('/ws/')
}

export function resolveAuth(env: OnetEnv, apiUrl: string): OnetAuth {
  const key = env.ONET_API_KEY?.trim() ?? ''
  if (!isVersion1(apiUrl)) {
    return key
      ? { kind: 'api-key', key }
      : { kind: 'missing', hint: 'set ONET_API_KEY (O*NET Web Services v2 key)' }
  }
  const username = env.ONET_USERNAME?.trim() ?? ''
  const password = env.ONET_PASSWORD ?? ''
  if (username && password) return { kind: 'basic', username, password }
  // v1.9 credentials may also come as one "username:password" value, the shape of ONET_API_KEY for v2.
  const colon = key.indexOf(':')
  if (colon > 0) return { kind: 'basic', username: key.slice(0, colon), password: key.slice(colon + 1) }
  return {
    kind: 'missing',
    hint: 'set ONET_USERNAME and ONET_PASSWORD, or ONET_API_KEY as "username:password" (O*NET Web Services v1.9)',
  }
}

/** Headers added to every upstream request. */
export function upstreamHeaders(auth: OnetAuth): Record<string, string> {
  // O*NET 1.9 answers XML without it.
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (auth.kind === 'api-key') headers['X-API-Key'] = auth.key
  if (auth.kind === 'basic') {
    headers.Authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
  }
  return headers
}

/** Values that must never reach the browser, in any header. */
export function secretsOf(auth: OnetAuth): string[] {
  if (auth.kind === 'api-key') return [auth.key]
  if (auth.kind === 'basic') {
    return [auth.password, `${auth.username}:${auth.password}`, upstreamHeaders(auth).Authorization ?? '']
  }
  return []
}

/** The same-origin path the browser calls, from the app's own VITE_ONET_PROXY_PATH (not a secret) or `/onet`. */
export function proxyPath(env: OnetEnv): string {
  const configured = env.VITE_ONET_PROXY_PATH?.trim()
  // An absolute URL means another server proxies: keep the default so the dev proxy still has a path.
  const path = configured?.startsWith('/') ? configured : DEFAULT_PROXY_PATH
  return path.replace(/\/+$/, '') || DEFAULT_PROXY_PATH
}

export function rewritePath(url: string, prefix: string): string {
  return url.startsWith(prefix) ? url.slice(prefix.length) || '/' : url
}

/** The part of http.ClientRequest the proxy touches. */
export interface UpstreamRequest {
  setHeader(name: string, value: string): unknown
  removeHeader(name: string): void
}

/** Sends the request upstream with our credentials only: the browser's cookies and auth stay home. */
export function prepareUpstreamRequest(proxyReq: UpstreamRequest, auth: OnetAuth): void {
  for (const name of ['cookie', 'authorization', 'x-api-key']) proxyReq.removeHeader(name)
  for (const [name, value] of Object.entries(upstreamHeaders(auth))) proxyReq.setHeader(name, value)
}

/** Drops headers that could echo a credential, prompt the browser for a password, or plant O*NET cookies. */
export function sanitiseResponseHeaders(
  headers: IncomingMessage['headers'],
  secrets: readonly string[],
): void {
  for (const name of ['www-authenticate', 'set-cookie', 'authorization', 'x-api-key']) delete headers[name]
  const present = secrets.filter(Boolean)
  for (const [name, value] of Object.entries(headers)) {
    const text = Array.isArray(value) ? value.join('\n') : (value ?? '')
    if (present.some((secret) => text.includes(secret))) delete headers[name]
  }
}

/** Why the proxy answers a request itself instead of forwarding it; null to forward. */
export function refusal(
  method: string | undefined,
  url: string | undefined,
  prefix: string,
  auth: OnetAuth,
): { status: number; error: string } | null {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, error: 'The O*NET proxy only forwards GET requests.' }
  }
  if (!rewritePath(url ?? '', prefix).startsWith(ALLOWED_SERVICE)) {
    return { status: 404, error: 'The O*NET proxy only forwards Browse by Career Cluster requests.' }
  }
  if (auth.kind === 'missing') {
    // 401, not 503: a retry cannot help, and the client shows its "could not sign in" explanation.
    return {
      status: 401,
      error: `The O*NET proxy has no credentials: ${auth.hint} in .env.local (see .env.example), then restart the server.`,
    }
  }
  return null
}

function answer(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ error }))
}

/** Vite `server.proxy` / `preview.proxy` entry forwarding `/onet/...` to O*NET with the key added. */
export function onetProxy(env: OnetEnv): Record<string, ProxyOptions> {
  const target = env.ONET_API_URL?.trim() || DEFAULT_ONET_API_URL
  // Fail at startup with the variable's name rather than on the first request with a bare "Invalid URL".
  if (!URL.canParse(target)) throw new Error(`ONET_API_URL is not an absolute URL: ${target}`)
  const auth = resolveAuth(env, target)
  const secrets = secretsOf(auth)
  const prefix = proxyPath(env)
  return {
    [prefix]: {
      target,
      changeOrigin: true,
      rewrite: (path) => rewritePath(path, prefix),
      bypass: (req, res) => {
        const refused = refusal(req.method, req.url, prefix, auth)
        if (!refused || !res) return undefined
        answer(res, refused.status, refused.error)
        // A string tells Vite the request is handled; the response has already ended.
        return req.url ?? prefix
      },
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq) => prepareUpstreamRequest(proxyReq, auth))
        proxy.on('proxyRes', (proxyRes) => sanitiseResponseHeaders(proxyRes.headers, secrets))
      },
    },
  }
}
