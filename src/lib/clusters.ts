// Our own plain-language text about the 14 clusters (nothing here is copied from Advance CTE or O*NET).

/** One-line descriptions written for students, keyed by O*NET cluster code. */
export const CLUSTER_BLURBS: Record<string, string> = {
  '010100': 'Design, build and fix the machines and products we use every day.',
  '010200': 'Plan and build homes, roads, bridges and other structures.',
  '010300': 'Move people and goods by road, rail, air and sea.',
  '020100': 'Make art, music, film, games and designs that people enjoy.',
  '020200': 'Welcome guests with food, travel, places to stay and events.',
  '030100': 'Help people and businesses save, invest and manage money.',
  '040100': 'Teach, coach and support learners of every age.',
  '040200': "Care for people's health and help families and communities.",
  '040300': 'Keep communities safe and run public services.',
  '050100': 'Grow food, raise animals and take care of plants and land.',
  '050200': 'Produce energy and protect water, land and wildlife.',
  '060100': 'Build the software, networks and data tools every industry uses.',
  '060200': 'Lead teams, run organizations or start a business of your own.',
  '060300': 'Connect customers with products through sales, ads and service.',
}

export interface ClusterGroup {
  /** First two digits of the cluster codes in the group. */
  prefix: string
  title: string
}

/**
 * The framework sorts its 14 clusters into six groupings, which O*NET's codes mirror in their first two digits
 * (06 holds the three Cross-Cutting Clusters). The group titles are our own plain-language labels.
 */
export const CLUSTER_GROUPS: ClusterGroup[] = [
  { prefix: '01', title: 'Build, make and move' },
  { prefix: '02', title: 'Create and host' },
  { prefix: '03', title: 'Money and finance' },
  { prefix: '04', title: 'Teach, heal and serve' },
  { prefix: '05', title: 'Grow and sustain' },
  { prefix: '06', title: 'Cross-cutting: skills every industry uses' },
]

export function groupClusters<T extends { code: string }>(clusters: readonly T[]) {
  const groups = CLUSTER_GROUPS.map((group) => ({
    ...group,
    clusters: clusters.filter((c) => c.code.startsWith(group.prefix)),
  }))
  const ungrouped = clusters.filter((c) => !CLUSTER_GROUPS.some((g) => c.code.startsWith(g.prefix)))
  if (ungrouped.length > 0) groups.push({ prefix: '', title: 'Other clusters', clusters: ungrouped })
  return groups.filter((g) => g.clusters.length > 0)
}
