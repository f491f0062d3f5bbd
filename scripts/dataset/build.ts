// Pure core of the builder: source rows in, dataset files and a report of what could not be placed out.
import type {
  DatasetClusterFile,
  DatasetIndex,
  DatasetOccupation,
  DatasetOccupationsFile,
  DatasetSubCluster,
} from '../../src/data/embedded/dataset.ts'
import { createClusterResolver } from './clusterNames.ts'
import { compareText, sortedUnique } from './compare.ts'
import { BuildError } from './errors.ts'
import { deriveGreen, indexBrightOutlook, indexJobZones } from './flags.ts'
import type {
  AdvanceCteRow,
  ClusterCodeRow,
  DatasetInputs,
  KnownSubClusterCodeRow,
  OccupationRow,
} from './inputs.ts'
import { matchSocCodes } from './linkage.ts'
import { buildProvenance, type ApproximationFacts } from './provenance.ts'
import type { BuildReport, PrefixMatch } from './report.ts'
import { SOURCES } from './sources.ts'
import {
  assignSubClusterCodes,
  canonicalTitles,
  type KnownCodeOverride,
  type SubClusterCode,
  type TitleNormalisation,
} from './subClusters.ts'

export interface DatasetOutputs {
  index: DatasetIndex
  clusterFiles: DatasetClusterFile[]
  occupations: DatasetOccupationsFile
}

interface Link {
  cluster: string
  subCluster: string
}

function checkedOccupations(rows: readonly OccupationRow[]): OccupationRow[] {
  const seen = new Set<string>()
  for (const { code } of rows) {
    if (seen.has(code)) throw new BuildError(`${SOURCES.occupations.path}: occupation ${code} appears twice`)
    seen.add(code)
  }
  return [...rows].sort((a, b) => compareText(a.code, b.code))
}

function checkedClusters(rows: readonly ClusterCodeRow[]): ClusterCodeRow[] {
  const seen = new Set<string>()
  for (const { code } of rows) {
    if (!/^\d{6}$/.test(code))
      throw new BuildError(`${SOURCES.clusterCodes.path}: "${code}" is not a six-digit code`)
    if (seen.has(code)) throw new BuildError(`${SOURCES.clusterCodes.path}: cluster ${code} appears twice`)
    seen.add(code)
  }
  return [...rows].sort((a, b) => compareText(a.code, b.code))
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** A framework row with its cluster and Sub-Cluster resolved to codes. */
interface ResolvedRow {
  row: AdvanceCteRow
  cluster: string
  subCluster: string
}

/** Resolves every framework row to O*NET cluster codes and gives each cluster's Sub-Clusters their codes. */
function resolveSubClusters(inputs: DatasetInputs, clusters: readonly ClusterCodeRow[]) {
  const resolveCluster = createClusterResolver(clusters)
  const rowsWithCluster = inputs.advanceCte.map((row) => {
    const cluster = resolveCluster(row.cluster)
    if (!cluster) {
      const names = clusters.map((c) => `"${c.title}"`).join(', ')
      throw new BuildError(
        `${SOURCES.advanceCte.path}: Career Cluster "${row.cluster}" matches no cluster in ${SOURCES.clusterCodes.path} (${names})`,
      )
    }
    return { row, cluster: cluster.code }
  })
  const rowsByCluster = groupBy(rowsWithCluster, (entry) => entry.cluster)
  const knownByCluster = groupBy(inputs.knownSubClusterCodes, (row) => row.clusterCode)

  const subClustersByCluster = new Map<string, SubClusterCode[]>()
  const resolvedRows: ResolvedRow[] = []
  const normalisations: TitleNormalisation[] = []
  const overrides: KnownCodeOverride[] = []
  const unusedKnown: KnownSubClusterCodeRow[] = []
  for (const cluster of clusters) {
    const rows = rowsByCluster.get(cluster.code) ?? []
    const titles = canonicalTitles(
      cluster.code,
      rows.map(({ row }) => row.subCluster),
    )
    const codes = assignSubClusterCodes(cluster.code, titles.titles, knownByCluster.get(cluster.code) ?? [])
    const codeByTitle = new Map(codes.subClusters.map((s) => [s.title, s.code]))
    for (const { row } of rows) {
      const subCluster = codeByTitle.get(titles.canonicalOf(row.subCluster))
      if (subCluster === undefined) throw new BuildError(`Sub-Cluster "${row.subCluster}" got no code`)
      resolvedRows.push({ row, cluster: cluster.code, subCluster })
    }
    subClustersByCluster.set(cluster.code, codes.subClusters)
    normalisations.push(...titles.normalisations)
    overrides.push(...codes.overrides)
    unusedKnown.push(...codes.unused)
  }
  const clusterCodes = new Set(clusters.map((c) => c.code))
  unusedKnown.push(...inputs.knownSubClusterCodes.filter((row) => !clusterCodes.has(row.clusterCode)))
  return { resolvedRows, subClustersByCluster, normalisations, overrides, unusedKnown }
}

function compareLinks(a: Link, b: Link): number {
  return compareText(a.cluster, b.cluster) || compareText(a.subCluster, b.subCluster)
}

export function buildDataset(inputs: DatasetInputs): { outputs: DatasetOutputs; report: BuildReport } {
  const occupationRows = checkedOccupations(inputs.occupations)
  const occupationCodes = new Set(occupationRows.map((o) => o.code))
  const clusters = checkedClusters(inputs.clusterCodes)
  const subClusters = resolveSubClusters(inputs, clusters)

  const crosswalk = inputs.socCrosswalk.filter((row) => occupationCodes.has(row.onetCode))
  const matches = matchSocCodes(
    inputs.advanceCte.map((row) => row.socCode),
    crosswalk,
  )

  const linksByOccupation = new Map<string, Map<string, Link>>()
  for (const { row, cluster, subCluster } of subClusters.resolvedRows) {
    for (const code of matches.get(row.socCode)?.onetCodes ?? []) {
      const links = linksByOccupation.get(code) ?? new Map<string, Link>()
      links.set(`${cluster} ${subCluster}`, { cluster, subCluster })
      linksByOccupation.set(code, links)
    }
  }

  const jobZones = indexJobZones(inputs.jobZones, occupationCodes)
  const brightOutlook = indexBrightOutlook(inputs.brightOutlook, occupationCodes)
  const green = deriveGreen(inputs.green2010, inputs.taxonomyCrosswalk, occupationCodes)

  const occupations: DatasetOccupation[] = occupationRows.map(({ code, title }) => ({
    code,
    title,
    brightOutlook: brightOutlook.byCode.get(code) ?? [],
    green: green.green.has(code),
    jobZone: jobZones.byCode.get(code) ?? null,
    links: [...(linksByOccupation.get(code)?.values() ?? [])].sort(compareLinks),
  }))

  const clusterFiles: DatasetClusterFile[] = clusters.map((cluster) => ({
    formatVersion: 1,
    cluster: { code: cluster.code, title: cluster.title },
    occupations: occupations
      .filter((o) => o.links.some((link) => link.cluster === cluster.code))
      .map((o) => ({
        code: o.code,
        title: o.title,
        brightOutlook: o.brightOutlook,
        green: o.green,
        jobZone: o.jobZone,
        subClusters: sortedUnique(o.links.filter((l) => l.cluster === cluster.code).map((l) => l.subCluster)),
      })),
  }))

  const indexClusters = clusters.map((cluster, i) => {
    const members = clusterFiles[i]?.occupations ?? []
    const clusterSubClusters = subClusters.subClustersByCluster.get(cluster.code) ?? []
    return {
      code: cluster.code,
      title: cluster.title,
      occupationCount: members.length,
      subClusters: clusterSubClusters.map((s): DatasetSubCluster => ({
        code: s.code,
        title: s.title,
        codeSource: s.codeSource,
        occupationCount: members.filter((o) => o.subClusters.includes(s.code)).length,
      })),
    }
  })

  const counts = {
    clusters: clusters.length,
    subClusters: indexClusters.reduce((sum, c) => sum + c.subClusters.length, 0),
    occupations: occupations.length,
    links: occupations.reduce((sum, o) => sum + o.links.length, 0),
    occupationsWithoutCluster: occupations.filter((o) => o.links.length === 0).length,
  }
  const facts: ApproximationFacts = {
    knownSubClusters: clusters.flatMap((cluster) =>
      (subClusters.subClustersByCluster.get(cluster.code) ?? [])
        .filter((s) => s.codeSource === 'known')
        .map((subCluster) => ({ clusterTitle: cluster.title, subCluster })),
    ),
    brightOutlookCategories: sortedUnique(inputs.brightOutlook.flatMap((row) => row.categories)),
    mergedSpellings: subClusters.normalisations.map(({ from, to }) => ({ from, to })),
  }

  const outputs: DatasetOutputs = {
    index: {
      formatVersion: 1,
      provenance: buildProvenance(inputs, facts, counts),
      clusters: indexClusters,
    },
    clusterFiles,
    occupations: { formatVersion: 1, occupations },
  }

  const socTitles = new Map(inputs.advanceCte.map((row) => [row.socCode, row.socTitle]))
  const prefixMatches: PrefixMatch[] = [...matches]
    .filter(([, match]) => match.via === 'prefix')
    .map(([socCode, match]) => ({
      socCode,
      socTitle: socTitles.get(socCode) ?? '',
      prefix: match.prefix ?? '',
      onetCodes: match.onetCodes,
    }))
  const socMapped = new Set(crosswalk.map((row) => row.onetCode))
  const report: BuildReport = {
    unplacedFrameworkRows: inputs.advanceCte
      .filter((row) => matches.get(row.socCode)?.via === 'none')
      .sort((a, b) => compareText(a.socCode, b.socCode)),
    prefixMatches,
    brightOutlookWithoutOccupation: brightOutlook.withoutOccupation,
    jobZonesWithoutOccupation: jobZones.withoutOccupation,
    green2010WithoutSuccessor: green.withoutSuccessor,
    greenSuccessorsWithoutOccupation: green.successorsWithoutOccupation,
    socCrosswalkWithoutOccupation: sortedUnique(
      inputs.socCrosswalk.filter((row) => !occupationCodes.has(row.onetCode)).map((row) => row.onetCode),
    ),
    occupationsWithoutSocCode: occupationRows.filter((o) => !socMapped.has(o.code)).map((o) => o.code),
    titleNormalisations: subClusters.normalisations,
    knownCodeOverrides: subClusters.overrides,
    unusedKnownCodes: subClusters.unusedKnown,
    clustersWithoutFrameworkRows: indexClusters.filter((c) => c.subClusters.length === 0).map((c) => c.code),
  }
  return { outputs, report }
}
