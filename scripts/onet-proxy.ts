// Placeholder: replaced by the dev/preview proxy implementation.
import type { ProxyOptions } from 'vite'
export function onetProxy(_env: Record<string, string>): Record<string, ProxyOptions> {
  return {}
}
