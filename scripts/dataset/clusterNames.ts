// Advance CTE spells cluster names its own way ("and" vs "&", commas); O*NET's code list is the authority.
import { BuildError } from './errors.ts'
import type { ClusterCodeRow } from './inputs.ts'

/** "Arts, Entertainment, and Design" and "Arts, Entertainment, & Design" both → "arts entertainment and design". */
export function clusterNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[®™]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Returns a lookup from any spelling of a cluster name to its O*NET cluster row. */
export function createClusterResolver(
  clusters: readonly ClusterCodeRow[],
): (name: string) => ClusterCodeRow | undefined {
  const byKey = new Map<string, ClusterCodeRow>()
  for (const cluster of clusters) {
    const key = clusterNameKey(cluster.title)
    const clash = byKey.get(key)
    if (clash) {
      throw new BuildError(`Cluster names "${clash.title}" and "${cluster.title}" cannot be told apart`)
    }
    byKey.set(key, cluster)
  }
  return (name) => byKey.get(clusterNameKey(name))
}
