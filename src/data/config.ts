// Build-time choice of data source. Only VITE_-prefixed values reach the browser, and none is a secret.
export type DataMode = 'embedded' | 'live'

export const dataMode: DataMode = import.meta.env.VITE_ONET_MODE === 'live' ? 'live' : 'embedded'

/** Same-origin path that the dev/preview proxy (or nginx in production) forwards to O*NET with the key added. */
export const liveBaseUrl: string = import.meta.env.VITE_ONET_PROXY_PATH || '/onet/'

/** Canonical O*NET base used in the embedded engine's hrefs, as in the contract's examples. */
export const ONET_WS_BASE = 'https://services.onetcenter.org/ws/'
