// Per-occupation facts from O*NET files: Job Zone, Bright Outlook categories, and the derived green flag.
import { compareText, sortedUnique } from './compare.ts'
import { BuildError } from './errors.ts'
import type { BrightOutlookRow, GreenRow, JobZoneRow, TaxonomyCrosswalkRow } from './inputs.ts'

export interface Indexed<T> {
  byCode: Map<string, T>
  /** Codes in the file that are not O*NET-SOC occupations of this release. */
  withoutOccupation: string[]
}

export function indexJobZones(
  rows: readonly JobZoneRow[],
  occupationCodes: ReadonlySet<string>,
): Indexed<number> {
  const byCode = new Map<string, number>()
  for (const { code, jobZone } of rows) {
    const previous = byCode.get(code)
    if (previous !== undefined && previous !== jobZone) {
      throw new BuildError(`Job Zones: ${code} has two different Job Zones (${previous} and ${jobZone})`)
    }
    byCode.set(code, jobZone)
  }
  return splitByOccupation(byCode, occupationCodes)
}

export function indexBrightOutlook(
  rows: readonly BrightOutlookRow[],
  occupationCodes: ReadonlySet<string>,
): Indexed<string[]> {
  const byCode = new Map<string, string[]>()
  for (const { code, categories } of rows) {
    byCode.set(code, [...new Set([...(byCode.get(code) ?? []), ...categories])])
  }
  return splitByOccupation(byCode, occupationCodes)
}

function splitByOccupation<T>(all: Map<string, T>, occupationCodes: ReadonlySet<string>): Indexed<T> {
  const byCode = new Map<string, T>()
  const withoutOccupation: string[] = []
  for (const [code, value] of all) {
    if (occupationCodes.has(code)) byCode.set(code, value)
    else withoutOccupation.push(code)
  }
  return { byCode, withoutOccupation: withoutOccupation.sort(compareText) }
}

export interface GreenDerivation {
  /** 2019 codes with a green 2010 predecessor. */
  green: Set<string>
  /** Green 2010 codes the 2010→2019 crosswalk gives no successor. */
  withoutSuccessor: string[]
  /** 2019 successors of green codes that are not occupations of this release. */
  successorsWithoutOccupation: string[]
}

/** A 2019 code is green when one of its 2010 predecessors is on the 2010 green list. */
export function deriveGreen(
  greenRows: readonly GreenRow[],
  crosswalk: readonly TaxonomyCrosswalkRow[],
  occupationCodes: ReadonlySet<string>,
): GreenDerivation {
  const successors = new Map<string, string[]>()
  for (const { code2010, code2019 } of crosswalk) {
    successors.set(code2010, [...(successors.get(code2010) ?? []), code2019])
  }
  const green = new Set<string>()
  const withoutSuccessor: string[] = []
  const successorsWithoutOccupation: string[] = []
  for (const code2010 of sortedUnique(greenRows.map((row) => row.code2010))) {
    const next = successors.get(code2010)
    if (!next) {
      withoutSuccessor.push(code2010)
      continue
    }
    for (const code2019 of next) {
      if (occupationCodes.has(code2019)) green.add(code2019)
      else successorsWithoutOccupation.push(code2019)
    }
  }
  return { green, withoutSuccessor, successorsWithoutOccupation: sortedUnique(successorsWithoutOccupation) }
}
