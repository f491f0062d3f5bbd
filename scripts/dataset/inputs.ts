// Typed rows of the source files, as readers.ts produces them and build.ts consumes them.

export interface OccupationRow {
  code: string
  title: string
}

export interface JobZoneRow {
  code: string
  jobZone: number
}

export interface SocCrosswalkRow {
  onetCode: string
  socCode: string
}

export interface BrightOutlookRow {
  code: string
  categories: string[]
}

export interface GreenRow {
  code2010: string
}

export interface TaxonomyCrosswalkRow {
  code2010: string
  code2019: string
}

export interface AdvanceCteRow {
  socCode: string
  socTitle: string
  cluster: string
  subCluster: string
}

export interface ClusterCodeRow {
  code: string
  title: string
}

export interface KnownSubClusterCodeRow {
  clusterCode: string
  code: string
  title: string
}

/** One array per source file, one element per data row, in file order. */
export interface DatasetInputs {
  occupations: OccupationRow[]
  jobZones: JobZoneRow[]
  socCrosswalk: SocCrosswalkRow[]
  brightOutlook: BrightOutlookRow[]
  green2010: GreenRow[]
  taxonomyCrosswalk: TaxonomyCrosswalkRow[]
  advanceCte: AdvanceCteRow[]
  clusterCodes: ClusterCodeRow[]
  knownSubClusterCodes: KnownSubClusterCodeRow[]
}
