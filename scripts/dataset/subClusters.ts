// Sub-Cluster titles and codes: one spelling per title, and codes by the alphabetical-numbering rule.
import { compareText, compareTitles } from './compare.ts'
import { BuildError } from './errors.ts'
import type { KnownSubClusterCodeRow } from './inputs.ts'

/** Titles that differ only in case or spacing are one Sub-Cluster ("water systems" = "Water Systems"). */
export function titleKey(title: string): string {
  return collapseSpaces(title).toLowerCase()
}

function collapseSpaces(title: string): string {
  return title.trim().replace(/\s+/g, ' ')
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to'])

/** Title case as the framework writes titles: every word but minor ones starts with a capital. */
function isTitleCase(title: string): boolean {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((word) => /^\p{L}/u.test(word))
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && MINOR_WORDS.has(word)))
}

/** Words written in capitals only ("WATER"), which title case avoids (two-letter acronyms like "AI" aside). */
function shoutedWords(title: string): number {
  return title.split(/[^\p{L}]+/u).filter((word) => word.length > 2 && word === word.toUpperCase()).length
}

export interface TitleNormalisation {
  clusterCode: string
  from: string
  to: string
  rows: number
}

/** Ranks spellings of one title: title case first, then most rows, then fewest shouted words, then code units. */
function rankSpellings([a, rowsA]: [string, number], [b, rowsB]: [string, number]): number {
  return (
    Number(isTitleCase(b)) - Number(isTitleCase(a)) ||
    rowsB - rowsA ||
    shoutedWords(a) - shoutedWords(b) ||
    compareText(a, b)
  )
}

/** Chooses one spelling for each title of a cluster's Advance CTE rows (one title per row). */
export function canonicalTitles(
  clusterCode: string,
  rowTitles: readonly string[],
): { canonicalOf: (title: string) => string; titles: string[]; normalisations: TitleNormalisation[] } {
  const groups = new Map<string, Map<string, number>>()
  for (const title of rowTitles) {
    const spelling = collapseSpaces(title)
    const group = groups.get(titleKey(spelling)) ?? new Map<string, number>()
    group.set(spelling, (group.get(spelling) ?? 0) + 1)
    groups.set(titleKey(spelling), group)
  }

  const chosenByKey = new Map<string, string>()
  const normalisations: TitleNormalisation[] = []
  for (const [key, group] of groups) {
    const [chosen, ...others] = [...group].sort(rankSpellings)
    if (!chosen) continue
    chosenByKey.set(key, chosen[0])
    for (const [from, rows] of others) normalisations.push({ clusterCode, from, to: chosen[0], rows })
  }
  normalisations.sort((a, b) => compareText(a.from, b.from))

  const canonicalOf = (title: string): string => {
    const chosen = chosenByKey.get(titleKey(title))
    if (chosen === undefined)
      throw new BuildError(`Sub-Cluster "${title}" was not among cluster ${clusterCode}'s titles`)
    return chosen
  }
  return { canonicalOf, titles: [...chosenByKey.values()].sort(compareTitles), normalisations }
}

export interface SubClusterCode {
  title: string
  code: string
  codeSource: 'known' | 'derived'
}

export interface KnownCodeOverride {
  clusterCode: string
  title: string
  knownCode: string
  derivedCode: string
}

/** The numbering rule all known codes follow: 01, 02, … by title, after the cluster code's first four digits. */
export function derivedSubClusterCode(clusterCode: string, position: number): string {
  if (position > 99) throw new BuildError(`Cluster ${clusterCode} has more than 99 Sub-Clusters`)
  return `${clusterCode.slice(0, 4)}${String(position).padStart(2, '0')}`
}

/**
 * Codes for a cluster's distinct Sub-Cluster titles. A known code wins over the rule; when they
 * disagree the override is returned for the report. Known codes matching no title are returned unused.
 */
export function assignSubClusterCodes(
  clusterCode: string,
  titles: readonly string[],
  known: readonly KnownSubClusterCodeRow[],
): { subClusters: SubClusterCode[]; overrides: KnownCodeOverride[]; unused: KnownSubClusterCodeRow[] } {
  const knownByTitle = new Map(known.map((row) => [titleKey(row.title), row]))
  const overrides: KnownCodeOverride[] = []
  const subClusters = [...titles].sort(compareTitles).map((title, index): SubClusterCode => {
    const derivedCode = derivedSubClusterCode(clusterCode, index + 1)
    const knownRow = knownByTitle.get(titleKey(title))
    if (!knownRow) return { title, code: derivedCode, codeSource: 'derived' }
    knownByTitle.delete(titleKey(title))
    if (knownRow.code !== derivedCode) {
      overrides.push({ clusterCode, title, knownCode: knownRow.code, derivedCode })
    }
    return { title, code: knownRow.code, codeSource: 'known' }
  })

  const seen = new Map<string, string>()
  for (const { code, title } of subClusters) {
    const other = seen.get(code)
    if (other !== undefined) {
      throw new BuildError(
        `Sub-Clusters "${other}" and "${title}" of cluster ${clusterCode} would both get code ${code}`,
      )
    }
    seen.set(code, title)
  }
  subClusters.sort((a, b) => compareText(a.code, b.code))
  return { subClusters, overrides, unused: [...knownByTitle.values()] }
}
