// What the About page says about the data: sources, approximations and credit lines.
import type { DatasetProvenance, DatasetSource } from '../../src/data/embedded/dataset.ts'
import type { DatasetInputs } from './inputs.ts'
import { SOURCE_ORDER, SOURCES } from './sources.ts'
import type { SubClusterCode } from './subClusters.ts'

export const CREDIT_LINES: readonly string[] = [
  // O*NET's requested wording, verbatim.
  'This site incorporates information from O*NET Web Services by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). O*NET® is a trademark of USDOL/ETA.',
  'The Career Cluster Explorer project has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  'O*NET data is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). O*NET Web Services: https://services.onetcenter.org/',
  'Career Clusters, Sub-Clusters and their links to SOC occupations come from the National Career Clusters® Framework by Advance CTE. “National Career Clusters® Framework” is a registered mark of Advance CTE.',
]

export function describeSources(inputs: DatasetInputs): DatasetSource[] {
  return SOURCE_ORDER.map((key) => ({
    file: SOURCES[key].path,
    description: SOURCES[key].description,
    edition: SOURCES[key].edition,
    rows: inputs[key].length,
  }))
}

export interface ApproximationFacts {
  knownSubClusters: { clusterTitle: string; subCluster: SubClusterCode }[]
  brightOutlookCategories: string[]
  mergedSpellings: { from: string; to: string }[]
}

function quotedList(values: readonly string[]): string {
  return values.map((value) => `“${value}”`).join(', ')
}

export function approximationNotes(facts: ApproximationFacts): string[] {
  const known = facts.knownSubClusters.map(
    ({ clusterTitle, subCluster }) => `${subCluster.code} ${subCluster.title} in ${clusterTitle}`,
  )
  const notes = [
    `Which occupations belong to which Career Cluster and Sub-Cluster is an approximation. O*NET links the Career Clusters of the National Career Clusters® Framework to detailed O*NET-SOC occupations itself but does not publish that list. Here each occupation takes every Career Cluster and Sub-Cluster the framework gives its 2018 SOC code, found through O*NET's O*NET-SOC 2019 to SOC 2018 crosswalk. Where the framework uses a SOC group code (such as 13-1020) or a 2018 SOC code that O*NET still splits into older codes (such as 21-1018), it is applied to the occupations of that SOC group the framework does not list separately. O*NET's own lists can include fewer or other occupations.`,
    `Sub-Cluster codes are mostly derived. Only ${known.length} ${known.length === 1 ? 'code has' : 'codes have'} been seen in real sources${known.length > 0 ? ` (${known.join('; ')})` : ''}. The others number each cluster's Sub-Clusters 01, 02, … in alphabetical order of title after the first four digits of the cluster code, the rule the known codes follow; O*NET's codes may differ.`,
    `The green flag is derived. O*NET's Green Occupations list was last published for the older O*NET-SOC 2010 codes; an occupation is marked green when one of its 2010 predecessors (by O*NET's 2010 to 2019 crosswalk) was on that list. O*NET's current green tags may differ.`,
    `Bright Outlook categories use O*NET OnLine's wording (${quotedList(facts.brightOutlookCategories)}); O*NET Web Services may word them differently.`,
    `Job Zones come from the ${SOURCES.jobZones.edition}; an occupation with no Job Zone there has none here.`,
    'Connecting the app to O*NET Web Services shows O*NET’s own, current lists instead of this snapshot.',
  ]
  if (facts.mergedSpellings.length > 0) {
    const merged = facts.mergedSpellings.map(({ from, to }) => `“${from}” as “${to}”`).join(', ')
    notes.push(`Sub-Cluster titles spelled differently in the framework crosswalk are merged: ${merged}.`)
  }
  return notes
}

export function buildProvenance(
  inputs: DatasetInputs,
  facts: ApproximationFacts,
  counts: DatasetProvenance['counts'],
): DatasetProvenance {
  return {
    builtFrom: describeSources(inputs),
    approximations: approximationNotes(facts),
    counts,
    credit: [...CREDIT_LINES],
  }
}
