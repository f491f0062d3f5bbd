// What the build could not place or had to adjust, and the counts a maintainer checks after a build.
import type { DatasetOutputs } from './build.ts'
import type { AdvanceCteRow, KnownSubClusterCodeRow } from './inputs.ts'
import { SOURCES } from './sources.ts'
import type { KnownCodeOverride, TitleNormalisation } from './subClusters.ts'

export interface PrefixMatch {
  socCode: string
  socTitle: string
  prefix: string
  onetCodes: string[]
}

export interface BuildReport {
  /** Framework rows whose SOC code matches no O*NET-SOC occupation, even by SOC group. */
  unplacedFrameworkRows: AdvanceCteRow[]
  /** Framework SOC codes placed through their SOC group (aggregate or merged codes). */
  prefixMatches: PrefixMatch[]
  brightOutlookWithoutOccupation: string[]
  jobZonesWithoutOccupation: string[]
  green2010WithoutSuccessor: string[]
  greenSuccessorsWithoutOccupation: string[]
  socCrosswalkWithoutOccupation: string[]
  occupationsWithoutSocCode: string[]
  titleNormalisations: TitleNormalisation[]
  knownCodeOverrides: KnownCodeOverride[]
  unusedKnownCodes: KnownSubClusterCodeRow[]
  clustersWithoutFrameworkRows: string[]
}

export interface ClusterSummary {
  code: string
  title: string
  subClusters: number
  occupations: number
  /** Occupations in more than one of this cluster's Sub-Clusters (the API's "-1" rows). */
  multipleSubClusters: number
}

export interface BuildSummary {
  clusters: number
  subClusters: number
  occupations: number
  links: number
  occupationsWithoutCluster: number
  /** Occupations with more than one (cluster, Sub-Cluster) link. */
  occupationsWithMultipleLinks: number
  occupationsInSeveralClusters: number
  green: number
  brightOutlook: number
  withJobZone: number
  perCluster: ClusterSummary[]
}

export function summarise(outputs: DatasetOutputs): BuildSummary {
  const { counts } = outputs.index.provenance
  const occupations = outputs.occupations.occupations
  return {
    ...counts,
    occupationsWithMultipleLinks: occupations.filter((o) => o.links.length > 1).length,
    occupationsInSeveralClusters: occupations.filter((o) => new Set(o.links.map((l) => l.cluster)).size > 1)
      .length,
    green: occupations.filter((o) => o.green).length,
    brightOutlook: occupations.filter((o) => o.brightOutlook.length > 0).length,
    withJobZone: occupations.filter((o) => o.jobZone !== null).length,
    perCluster: outputs.index.clusters.map((cluster) => {
      const file = outputs.clusterFiles.find((f) => f.cluster.code === cluster.code)
      return {
        code: cluster.code,
        title: cluster.title,
        subClusters: cluster.subClusters.length,
        occupations: cluster.occupationCount,
        multipleSubClusters: file?.occupations.filter((o) => o.subClusters.length > 1).length ?? 0,
      }
    }),
  }
}

export function formatSummary(summary: BuildSummary): string[] {
  return [
    `Clusters: ${summary.clusters}`,
    `Sub-Clusters: ${summary.subClusters}`,
    `Occupations: ${summary.occupations} (${summary.occupationsWithoutCluster} in no cluster)`,
    `Links (occupation, cluster, Sub-Cluster): ${summary.links}`,
    `Occupations with more than one link: ${summary.occupationsWithMultipleLinks}`,
    `Occupations in more than one cluster: ${summary.occupationsInSeveralClusters}`,
    `Green (derived): ${summary.green}; Bright Outlook: ${summary.brightOutlook}; with a Job Zone: ${summary.withJobZone}`,
    'Per cluster (code, occupations, Sub-Clusters, occupations in several of its Sub-Clusters):',
    ...summary.perCluster.map(
      (c) =>
        `  ${c.code} ${c.title}: ${c.occupations} occupations, ${c.subClusters} Sub-Clusters, ${c.multipleSubClusters} multiple`,
    ),
  ]
}

function section(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`${title}: none`]
  return [`${title}: ${items.length}`, ...items.map((item) => `  ${item}`)]
}

export function formatReport(report: BuildReport): string[] {
  return [
    ...section(
      `${SOURCES.advanceCte.path} rows matching no O*NET-SOC occupation (left out)`,
      report.unplacedFrameworkRows.map((r) => `${r.socCode} ${r.socTitle} → ${r.cluster} / ${r.subCluster}`),
    ),
    ...section(
      'Framework SOC codes placed by SOC group prefix',
      report.prefixMatches.map(
        (m) => `${m.socCode} ${m.socTitle} → prefix "${m.prefix}": ${m.onetCodes.join(', ')}`,
      ),
    ),
    ...section(
      `${SOURCES.brightOutlook.path} codes with no occupation`,
      report.brightOutlookWithoutOccupation,
    ),
    ...section(`${SOURCES.jobZones.path} codes with no occupation`, report.jobZonesWithoutOccupation),
    ...section('Green 2010 codes with no 2019 successor', report.green2010WithoutSuccessor),
    ...section(
      '2019 successors of green codes that are not occupations',
      report.greenSuccessorsWithoutOccupation,
    ),
    ...section(`${SOURCES.socCrosswalk.path} codes with no occupation`, report.socCrosswalkWithoutOccupation),
    ...section('Occupations with no 2018 SOC code (in no cluster)', report.occupationsWithoutSocCode),
    ...section(
      'Sub-Cluster spellings merged',
      report.titleNormalisations.map((n) => `${n.clusterCode}: "${n.from}" → "${n.to}" (${n.rows} row(s))`),
    ),
    ...section(
      'Known Sub-Cluster codes that disagree with the numbering rule (known code used)',
      report.knownCodeOverrides.map(
        (o) => `${o.clusterCode} ${o.title}: known ${o.knownCode}, rule ${o.derivedCode}`,
      ),
    ),
    ...section(
      `${SOURCES.knownSubClusterCodes.path} rows matching no Sub-Cluster`,
      report.unusedKnownCodes.map((k) => `${k.clusterCode} ${k.code} ${k.title}`),
    ),
    ...section('Clusters with no framework rows', report.clustersWithoutFrameworkRows),
  ]
}
