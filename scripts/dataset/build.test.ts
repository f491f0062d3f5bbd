// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildDataset } from './build.ts'
import { BuildError } from './errors.ts'
import type { DatasetInputs } from './inputs.ts'
import { readInputs } from './readers.ts'
import { summarise } from './report.ts'
import { FIXTURE_DIR } from './testFixtures.ts'
import { serializeDataset } from './write.ts'

const inputs = readInputs(FIXTURE_DIR)
const { outputs, report } = buildDataset(inputs)
const occupation = (code: string) => outputs.occupations.occupations.find((o) => o.code === code)
const cluster = (code: string) => outputs.index.clusters.find((c) => c.code === code)

describe('buildDataset on the fixtures', () => {
  it('counts clusters, Sub-Clusters, occupations and links', () => {
    expect(outputs.index.provenance.counts).toEqual({
      clusters: 7,
      subClusters: 11,
      occupations: 13,
      links: 16,
      occupationsWithoutCluster: 1,
    })
    const summary = summarise(outputs)
    expect(summary.occupationsWithMultipleLinks).toBe(4)
    expect(summary.green).toBe(2)
    expect(summary.brightOutlook).toBe(2)
    expect(summary.withJobZone).toBe(4)
    expect(outputs.clusterFiles.map((f) => [f.cluster.code, f.occupations.length])).toEqual([
      ['010100', 2],
      ['020100', 1],
      ['030100', 1],
      ['040200', 3],
      ['050100', 3],
      ['060200', 0],
      ['060300', 2],
    ])
  })

  it('keeps every occupation, including those in no cluster, sorted by code', () => {
    const codes = outputs.occupations.occupations.map((o) => o.code)
    expect(codes).toEqual([...codes].sort())
    expect(occupation('11-1011.03')).toEqual({
      code: '11-1011.03',
      title: 'Chief Sustainability Officers',
      brightOutlook: [],
      green: true,
      jobZone: 5,
      links: [],
    })
  })

  it('gives Sub-Cluster codes by the numbering rule, known codes winning and reported', () => {
    expect(cluster('030100')?.subClusters).toEqual([
      { code: '030101', title: 'Accounting', codeSource: 'known', occupationCount: 1 },
      { code: '030102', title: 'Banking & Credit', codeSource: 'derived', occupationCount: 0 },
      {
        code: '030103',
        title: 'Financial Strategy & Investments',
        codeSource: 'derived',
        occupationCount: 1,
      },
    ])
    expect(cluster('010100')?.subClusters.map((s) => [s.code, s.title, s.codeSource])).toEqual([
      ['010101', 'Engineering', 'known'],
      ['010104', 'Robotics', 'known'],
    ])
    expect(report.knownCodeOverrides).toEqual([
      { clusterCode: '010100', title: 'Robotics', knownCode: '010104', derivedCode: '010102' },
    ])
    expect(report.unusedKnownCodes.map((k) => k.code)).toEqual(['060101'])
  })

  it('merges the lower-case "water systems" into "Water Systems"', () => {
    expect(cluster('050100')?.subClusters.map((s) => [s.code, s.title, s.occupationCount])).toEqual([
      ['050101', 'Animal Systems', 1],
      ['050102', 'Water Systems', 3],
    ])
    expect(occupation('49-3041.00')?.links).toEqual([{ cluster: '050100', subCluster: '050102' }])
    expect(report.titleNormalisations).toEqual([
      { clusterCode: '050100', from: 'water systems', to: 'Water Systems', rows: 1 },
    ])
  })

  it('maps cluster names spelled differently ("and", missing comma) to O*NET codes', () => {
    expect(occupation('27-1024.00')?.links).toEqual([{ cluster: '020100', subCluster: '020101' }])
    expect(cluster('060300')?.subClusters.map((s) => s.title)).toEqual(['Strategic Sales'])
  })

  it('links an occupation to every Sub-Cluster of its SOC code', () => {
    expect(occupation('13-2011.00')?.links).toEqual([
      { cluster: '030100', subCluster: '030101' },
      { cluster: '030100', subCluster: '030103' },
    ])
    const file = outputs.clusterFiles.find((f) => f.cluster.code === '010100')
    expect(file?.occupations.map((o) => [o.code, o.subClusters])).toEqual([
      ['17-2141.00', ['010101', '010104']],
      ['17-2141.02', ['010101', '010104']],
    ])
  })

  it('places aggregate and merged SOC codes by prefix, filling gaps only', () => {
    expect(occupation('13-1021.00')?.links).toEqual([{ cluster: '060300', subCluster: '060301' }])
    expect(occupation('13-1022.00')?.links).toEqual([{ cluster: '060300', subCluster: '060301' }])
    expect(occupation('21-1011.00')?.links).toEqual([{ cluster: '040200', subCluster: '040201' }])
    expect(occupation('21-1012.00')?.links).toEqual([{ cluster: '040200', subCluster: '040202' }])
    expect(report.prefixMatches).toEqual([
      {
        socCode: '13-1020',
        socTitle: 'Buyers and Purchasing Agents',
        prefix: '13-102',
        onetCodes: ['13-1021.00', '13-1022.00'],
      },
      {
        socCode: '21-1018',
        socTitle: 'Substance Abuse, Behavioral Disorder, and Mental Health Counselors',
        prefix: '21-101',
        onetCodes: ['21-1011.00', '21-1014.00'],
      },
    ])
  })

  it('derives green through the 2010→2019 crosswalk and carries Job Zone and Bright Outlook', () => {
    expect(occupation('17-2141.00')).toMatchObject({ green: true, jobZone: 4, brightOutlook: [] })
    expect(occupation('17-2141.02')).toMatchObject({
      green: false,
      jobZone: null,
      brightOutlook: ['New and Emerging'],
    })
    expect(occupation('13-2011.00')?.brightOutlook).toEqual(['Rapid Growth', 'Numerous Job Openings'])
  })

  it('reports every row it cannot place', () => {
    expect(report.unplacedFrameworkRows).toEqual([
      {
        socCode: '99-9990',
        socTitle: 'Imaginary Workers, All Other',
        cluster: 'Financial Services',
        subCluster: 'Banking & Credit',
      },
    ])
    expect(report.brightOutlookWithoutOccupation).toEqual(['15-9999.00'])
    expect(report.jobZonesWithoutOccupation).toEqual(['99-9999.00'])
    expect(report.green2010WithoutSuccessor).toEqual(['51-8099.02'])
    expect(report.greenSuccessorsWithoutOccupation).toEqual([])
    expect(report.occupationsWithoutSocCode).toEqual([])
    expect(report.clustersWithoutFrameworkRows).toEqual(['060200'])
  })

  it('records each source with its row count, plus credit lines', () => {
    const { builtFrom, credit, approximations } = outputs.index.provenance
    expect(builtFrom.map((s) => [s.file, s.rows])).toEqual([
      ['onet/Occupation Data.txt', 13],
      ['onet/Job Zones.txt', 5],
      ['onet/2019_to_SOC_Crosswalk.csv', 13],
      ['onet/All_Bright_Outlook_Occupations.csv', 3],
      ['onet/Green Occupations (2010 taxonomy).txt', 3],
      ['onet/2010_to_2019_Crosswalk.csv', 5],
      ['advance-cte/SOC - CC - Sub-Clusters.csv', 13],
      ['clusters/career-cluster-codes.csv', 7],
      ['clusters/known-subcluster-codes.csv', 4],
    ])
    expect(credit.join(' ')).toContain('has modified all or some of this information')
    expect(credit.join(' ')).toContain('National Career Clusters® Framework')
    expect(approximations.join(' ')).toMatch(/green/)
  })

  it('fails loudly on a cluster name that maps to nothing', () => {
    const broken: DatasetInputs = {
      ...inputs,
      advanceCte: [...inputs.advanceCte, { ...inputs.advanceCte[0]!, cluster: 'Space Exploration' }],
    }
    expect(() => buildDataset(broken)).toThrow(BuildError)
    expect(() => buildDataset(broken)).toThrow(/Career Cluster "Space Exploration" matches no cluster/)
  })

  it('does not depend on the order of rows in the files', () => {
    const reversed = Object.fromEntries(
      Object.entries(inputs).map(([key, rows]: [string, unknown[]]) => [key, [...rows].reverse()]),
    ) as unknown as DatasetInputs
    expect(serializeDataset(buildDataset(reversed).outputs)).toEqual(serializeDataset(outputs))
  })
})
