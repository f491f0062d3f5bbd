// Which O*NET-SOC occupations an Advance CTE SOC code stands for (the linkage approximation).
import { compareText, sortedUnique } from './compare.ts'
import type { SocCrosswalkRow } from './inputs.ts'

/**
 * The SOC group a code stands for when it matches no O*NET occupation: drop the last digit, then
 * trailing zeros and the hyphen. Aggregates: 13-1020 → "13-102", 13-2000 → "13-2". 2018 SOC detailed
 * codes that O*NET still splits into older codes: 21-1018 → "21-101" (its broad group).
 */
export function socGroupPrefix(socCode: string): string {
  return socCode.slice(0, -1).replace(/[0-]+$/, '')
}

export interface SocMatch {
  /** `exact`: O*NET occupations with this 2018 SOC code; `prefix`: via socGroupPrefix; `none`: unplaced. */
  via: 'exact' | 'prefix' | 'none'
  prefix: string | null
  onetCodes: string[]
}

/**
 * Matches each Advance CTE SOC code to O*NET-SOC codes: exactly through O*NET's 2019→SOC crosswalk,
 * else every occupation whose SOC code starts with the group prefix and has no framework row of its
 * own (the group code fills gaps; it never adds links to a SOC code the framework lists itself).
 */
export function matchSocCodes(
  frameworkSocCodes: Iterable<string>,
  socCrosswalk: readonly SocCrosswalkRow[],
): Map<string, SocMatch> {
  const onetBySoc = new Map<string, string[]>()
  for (const { socCode, onetCode } of socCrosswalk) {
    onetBySoc.set(socCode, [...(onetBySoc.get(socCode) ?? []), onetCode])
  }
  const listed = new Set(frameworkSocCodes)
  const unlistedSocCodes = [...onetBySoc.keys()].filter((code) => !listed.has(code)).sort(compareText)

  const matches = new Map<string, SocMatch>()
  for (const socCode of sortedUnique(listed)) {
    const exact = onetBySoc.get(socCode)
    if (exact) {
      matches.set(socCode, { via: 'exact', prefix: null, onetCodes: sortedUnique(exact) })
      continue
    }
    const prefix = socGroupPrefix(socCode)
    const onetCodes = unlistedSocCodes
      .filter((code) => prefix !== '' && code.startsWith(prefix))
      .flatMap((code) => onetBySoc.get(code) ?? [])
    matches.set(socCode, {
      via: onetCodes.length > 0 ? 'prefix' : 'none',
      prefix,
      onetCodes: sortedUnique(onetCodes),
    })
  }
  return matches
}
