import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { Cluster } from '../data/model'
import { occupationPageQuery } from '../data/queries'
import { CLUSTER_BLURBS, groupClusters } from '../lib/clusters'
import { resolveTableState } from '../lib/occupation-search'
import { occupationCountLabel } from '../lib/format'
import { ClusterIcon } from './ClusterIcon'

/** The 14 clusters as lists of links, in the framework's six groupings. */
export function ClusterGrid({ clusters }: { clusters: Cluster[] }) {
  return (
    <div className="space-y-8">
      {groupClusters(clusters).map((group) => (
        <section key={group.prefix} aria-labelledby={`group-${group.prefix}`}>
          <h2
            id={`group-${group.prefix}`}
            className="mb-3 text-lg font-semibold text-slate-700 dark:text-slate-300"
          >
            {group.title}
          </h2>
          <ul role="list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.clusters.map((cluster) => (
              <li key={cluster.code}>
                <ClusterCard cluster={cluster} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

/**
 * The cluster's count: from the listing when the source gives it (bundled data), else from the total of the
 * cluster's first page (live O*NET) — the very page a click opens, so the request is not wasted.
 */
function useOccupationCount(cluster: Cluster): number | null {
  // The same key as the cluster page's default first page.
  const firstPage = occupationPageQuery(cluster.code, resolveTableState(cluster.code, {}))
  const { data } = useQuery({ ...firstPage, enabled: cluster.occupationCount === null })
  return cluster.occupationCount ?? data?.total ?? null
}

function ClusterCard({ cluster }: { cluster: Cluster }) {
  const blurb = CLUSTER_BLURBS[cluster.code]
  const occupationCount = useOccupationCount(cluster)
  return (
    <Link
      to="/clusters/$code"
      params={{ code: cluster.code }}
      className="group flex h-full gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition hover:border-blue-400 hover:shadow-md dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-400"
    >
      <ClusterIcon
        code={cluster.code}
        className="size-10 shrink-0 rounded-lg bg-blue-50 p-2 text-blue-700 dark:bg-sky-950 dark:text-sky-300"
      />
      <span className="flex flex-col gap-1">
        <span className="font-semibold text-blue-800 group-hover:underline dark:text-sky-300">
          {cluster.title}
        </span>
        {occupationCount !== null && (
          <span className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {occupationCountLabel(occupationCount)}
          </span>
        )}
        {blurb && <span className="text-sm text-slate-600 dark:text-slate-400">{blurb}</span>}
      </span>
    </Link>
  )
}
