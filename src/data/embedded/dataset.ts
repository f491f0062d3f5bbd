// Shapes of the bundled dataset files under public/data/ (written by scripts/build-dataset.ts,
// read by the embedded engine). Change both sides together.

/** public/data/clusters.json — small: everything the cluster grid and the About page need. */
export interface DatasetIndex {
  /** Bump when the shape of these files changes. */
  formatVersion: 1
  provenance: DatasetProvenance
  clusters: DatasetCluster[]
}

export interface DatasetProvenance {
  /** The source files and releases the dataset was built from (no build date: rebuilds are byte-identical). */
  builtFrom: DatasetSource[]
  /** Plain-language notes on what is approximate, shown on the About page. */
  approximations: string[]
  counts: {
    clusters: number
    subClusters: number
    occupations: number
    links: number
    occupationsWithoutCluster: number
  }
  /** O*NET / Advance CTE credit lines. */
  credit: string[]
}

export interface DatasetSource {
  file: string
  description: string
  edition: string
  rows: number
}

export interface DatasetCluster {
  code: string
  title: string
  /** Distinct occupations linked to the cluster. */
  occupationCount: number
  subClusters: DatasetSubCluster[]
}

export interface DatasetSubCluster {
  code: string
  title: string
  /** `known`: code seen in a real O*NET source; `derived`: from the alphabetical-numbering assumption. */
  codeSource: 'known' | 'derived'
  occupationCount: number
}

/** public/data/clusters/{code}.json — one cluster's occupations, self-contained. */
export interface DatasetClusterFile {
  formatVersion: 1
  cluster: { code: string; title: string }
  /** Sorted by O*NET-SOC code. */
  occupations: DatasetClusterOccupation[]
}

export interface DatasetClusterOccupation {
  code: string
  title: string
  /** Bright Outlook categories, O*NET OnLine wording; [] when not Bright Outlook. */
  brightOutlook: string[]
  /** Derived from the 2010 green list through the 2010→2019 crosswalk. */
  green: boolean
  jobZone: number | null
  /** Codes of the cluster's sub-clusters this occupation is linked to (≥ 1), sorted. */
  subClusters: string[]
}

/** public/data/occupations.json — every O*NET-SOC occupation, including those in no cluster. */
export interface DatasetOccupationsFile {
  formatVersion: 1
  occupations: DatasetOccupation[]
}

export interface DatasetOccupation {
  code: string
  title: string
  brightOutlook: string[]
  green: boolean
  jobZone: number | null
  /** Every (cluster, sub-cluster) link, sorted. */
  links: { cluster: string; subCluster: string }[]
}

export const DATASET_PATHS = {
  index: 'data/clusters.json',
  cluster: (code: string) => `data/clusters/${code}.json`,
  occupations: 'data/occupations.json',
} as const

// Light shape checks only: the files are our own build output, tested where they are built, so a mismatch
// means a stale or broken deploy.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function asDatasetIndex(data: unknown): DatasetIndex {
  if (isRecord(data) && data.formatVersion === 1 && isRecord(data.provenance) && Array.isArray(data.clusters))
    return data as unknown as DatasetIndex
  throw new Error(`${DATASET_PATHS.index} is not a format 1 dataset index`)
}

export function asDatasetClusterFile(data: unknown, code: string): DatasetClusterFile {
  if (
    isRecord(data) &&
    data.formatVersion === 1 &&
    isRecord(data.cluster) &&
    data.cluster.code === code &&
    Array.isArray(data.occupations)
  ) {
    return data as unknown as DatasetClusterFile
  }
  throw new Error(`${DATASET_PATHS.cluster(code)} is not a format 1 cluster file for ${code}`)
}
