// The app's domain model: the only data shapes the UI knows. Wire formats stay in data/onet/.

/** Sort orders of the O*NET "Browse by Career Cluster" contract. `pathway` = by sub-cluster. */
export const SORT_ORDERS = ['pathway', 'name', 'code', 'cluster'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

export function isSortOrder(value: unknown): value is SortOrder {
  return (SORT_ORDERS as readonly unknown[]).includes(value)
}

/** `all` is the pseudo-cluster holding every cluster's occupations. */
export const ALL_CLUSTERS = 'all'

export interface ClusterRef {
  code: string
  title: string
}

export interface Cluster extends ClusterRef {
  /** Number of occupations in the cluster; null when the source does not say (live listing). */
  occupationCount: number | null
}

export interface SubClusterRef {
  code: string
  title: string
}

export interface Occupation {
  /** O*NET-SOC code, e.g. "13-2011.00". */
  code: string
  title: string
  /** Public O*NET OnLine page for the occupation (opens in a new tab). */
  onetOnlineUrl: string
  brightOutlook: boolean
  /** Bright Outlook categories ("Rapid Growth", ...) when the source gives them; [] otherwise. */
  brightOutlookCategories: string[]
  green: boolean
  cluster: ClusterRef
  /** The sub-cluster, or null when the occupation is in several (O*NET's code -1). */
  subCluster: SubClusterRef | null
  /** When in several sub-clusters: the actual ones if the source lists them ([] if unknown). */
  subClusters: SubClusterRef[]
}

export interface OccupationPage {
  /** Six-digit cluster code or `all`. */
  clusterCode: string
  sort: SortOrder
  /** 1-based index of the first row asked for. */
  start: number
  /** 1-based index of the last row actually returned (start - 1 when none). */
  end: number
  total: number
  occupations: Occupation[]
  hasNext: boolean
  hasPrevious: boolean
}

export function defaultSortFor(clusterCode: string): SortOrder {
  return clusterCode === ALL_CLUSTERS ? 'cluster' : 'pathway'
}
