// The input files, where they live under --from, and how provenance describes them.
// Update the editions here when building from a new O*NET or Advance CTE release.

export interface SourceFile {
  /** Path relative to the --from directory, also shown in provenance. */
  path: string
  format: 'csv' | 'tsv'
  description: string
  edition: string
}

export const SOURCES = {
  occupations: {
    path: 'onet/Occupation Data.txt',
    format: 'tsv',
    description: 'O*NET database "Occupation Data": O*NET-SOC codes and titles (descriptions are not used)',
    edition: 'O*NET 30.0 database, O*NET-SOC 2019 taxonomy',
  },
  jobZones: {
    path: 'onet/Job Zones.txt',
    format: 'tsv',
    description: 'O*NET database "Job Zones": Job Zone (1–5) of each occupation',
    edition: 'O*NET 30.0 database',
  },
  socCrosswalk: {
    path: 'onet/2019_to_SOC_Crosswalk.csv',
    format: 'csv',
    description: 'O*NET-SOC 2019 code → 2018 SOC code (O*NET Resource Center crosswalk)',
    edition: 'O*NET-SOC 2019 taxonomy',
  },
  brightOutlook: {
    path: 'onet/All_Bright_Outlook_Occupations.csv',
    format: 'csv',
    description: 'O*NET OnLine download of all Bright Outlook occupations with their categories',
    edition: 'O*NET-SOC 2019 taxonomy, O*NET OnLine download (download date unknown)',
  },
  green2010: {
    path: 'onet/Green Occupations (2010 taxonomy).txt',
    format: 'tsv',
    description: 'O*NET database "Green Occupations" (O*NET-SOC 2010 codes)',
    edition: 'O*NET-SOC 2010 taxonomy (last published around O*NET 24.x)',
  },
  taxonomyCrosswalk: {
    path: 'onet/2010_to_2019_Crosswalk.csv',
    format: 'csv',
    description: 'O*NET-SOC 2010 → O*NET-SOC 2019 crosswalk',
    edition: 'O*NET-SOC 2019 taxonomy',
  },
  advanceCte: {
    path: 'advance-cte/SOC - CC - Sub-Clusters.csv',
    format: 'csv',
    description:
      'Advance CTE Framework Crosswalk, sheet "SOC - CC - Sub-Clusters": 2018 SOC code → Career Cluster → Sub-Cluster',
    edition: 'National Career Clusters® Framework, 2024 edition (crosswalk published September 2025)',
  },
  clusterCodes: {
    path: 'clusters/career-cluster-codes.csv',
    format: 'csv',
    description: "O*NET's six-digit code for each Career Cluster",
    edition: 'as used by O*NET Web Services',
  },
  knownSubClusterCodes: {
    path: 'clusters/known-subcluster-codes.csv',
    format: 'csv',
    description: 'Sub-Cluster codes seen in a real O*NET source, with their evidence',
    edition: 'project research notes',
  },
} as const satisfies Record<string, SourceFile>

export type SourceKey = keyof typeof SOURCES

/** Provenance order: O*NET files first, then the framework, then the project's own code lists. */
export const SOURCE_ORDER: readonly SourceKey[] = [
  'occupations',
  'jobZones',
  'socCrosswalk',
  'brightOutlook',
  'green2010',
  'taxonomyCrosswalk',
  'advanceCte',
  'clusterCodes',
  'knownSubClusterCodes',
]
