// @vitest-environment node
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from './errors.ts'
import { readInputs, splitCategories } from './readers.ts'
import { copyFixtures, editFile, FIXTURE_DIR } from './testFixtures.ts'

describe('readInputs', () => {
  it('reads every fixture file by column name', () => {
    const inputs = readInputs(FIXTURE_DIR)
    expect(inputs.occupations).toHaveLength(13)
    expect(inputs.occupations[1]).toEqual({
      code: '13-1021.00',
      title: 'Buyers and Purchasing Agents, Farm Products',
    })
    expect(inputs.jobZones[0]).toEqual({ code: '11-1011.03', jobZone: 5 })
    expect(inputs.brightOutlook[0]).toEqual({
      code: '13-2011.00',
      categories: ['Rapid Growth', 'Numerous Job Openings'],
    })
    expect(inputs.advanceCte[0]).toEqual({
      socCode: '13-1020',
      socTitle: 'Buyers and Purchasing Agents',
      cluster: 'Marketing and Sales',
      subCluster: 'Strategic Sales',
    })
    expect(inputs.clusterCodes).toContainEqual({ code: '020100', title: 'Arts, Entertainment, & Design' })
    expect(inputs.knownSubClusterCodes).toHaveLength(4)
  })

  it('finds columns by name when a release reorders them', () => {
    const dir = copyFixtures()
    editFile(dir, 'onet/Occupation Data.txt', (text) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t').reverse().join('\t'))
        .join('\n'),
    )
    expect(readInputs(dir).occupations).toEqual(readInputs(FIXTURE_DIR).occupations)
  })

  it('names the file and the column when a column is missing', () => {
    const dir = copyFixtures()
    editFile(dir, 'onet/Job Zones.txt', (text) => text.replace('Job Zone\t', 'Zone\t'))
    expect(() => readInputs(dir)).toThrow(InputError)
    expect(() => readInputs(dir)).toThrow(/onet\/Job Zones\.txt: missing column "Job Zone"/)
  })

  it('names the file when it is missing', () => {
    const dir = copyFixtures()
    rmSync(join(dir, 'advance-cte/SOC - CC - Sub-Clusters.csv'))
    expect(() => readInputs(dir)).toThrow(/Missing input file: advance-cte\/SOC - CC - Sub-Clusters\.csv/)
  })

  it('names the file and row of a bad value', () => {
    const dir = copyFixtures()
    editFile(dir, 'onet/Job Zones.txt', (text) => text.replace('13-2011.00\t4', '13-2011.00\tfour'))
    expect(() => readInputs(dir)).toThrow(/onet\/Job Zones\.txt data row 2: Job Zone "four"/)
    editFile(dir, 'onet/Job Zones.txt', (text) => text.replace('13-2011.00\tfour', '\t4'))
    expect(() => readInputs(dir)).toThrow(/data row 2: empty value in column "O\*NET-SOC Code"/)
  })
})

describe('splitCategories', () => {
  it('splits on semicolons, trims, drops empties and repeats', () => {
    expect(splitCategories('Rapid Growth; Numerous Job Openings;; Rapid Growth')).toEqual([
      'Rapid Growth',
      'Numerous Job Openings',
    ])
  })
})
