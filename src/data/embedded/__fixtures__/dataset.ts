// A small in-memory dataset for engine tests: three clusters whose title order differs from their code order,
// equal titles differing only in case, occupations in several sub-clusters and in two clusters.
import type {
  DatasetClusterFile,
  DatasetClusterOccupation,
  DatasetIndex,
  DatasetSubCluster,
} from '../dataset'
import type { DatasetLoad } from '../engine'

function sub(code: string, title: string, occupationCount: number): DatasetSubCluster {
  return { code, title, codeSource: 'derived', occupationCount }
}

function occ(
  code: string,
  title: string,
  subClusters: string[],
  extra: Partial<DatasetClusterOccupation> = {},
): DatasetClusterOccupation {
  return { code, title, brightOutlook: [], green: false, jobZone: 4, subClusters, ...extra }
}

// Sub-cluster codes deliberately out of title order (030102 Insurance, 030103 Banking) to show sorting by title.
const financial: DatasetClusterFile = {
  formatVersion: 1,
  cluster: { code: '030100', title: 'Financial Services' },
  occupations: [
    occ('11-3031.01', 'Treasurers and Controllers', ['030101'], { green: true }),
    occ('13-2011.00', 'Accountants and Auditors', ['030101'], {
      brightOutlook: ['Rapid Growth', 'Numerous Job Openings'],
    }),
    occ('13-2041.00', 'Credit Analysts', ['030103']),
    occ('13-2052.00', 'Personal Financial Advisors', ['030101', '030103']),
    occ('13-2053.00', 'Insurance Underwriters', ['030102']),
    occ('13-2072.00', 'Loan Officers', ['030103'], { brightOutlook: ['Numerous Job Openings'] }),
    occ('13-2099.01', 'financial quantitative analysts', ['030103']),
    occ('13-2099.04', 'Financial Quantitative Analysts', ['030103']),
    occ('15-2011.00', 'Actuaries', ['030102', '030103'], { brightOutlook: ['Rapid Growth'], green: true }),
    occ('41-3021.00', 'Insurance Sales Agents', ['030102']),
    occ('43-3031.00', 'Bookkeeping, Accounting, and Auditing Clerks', ['030101']),
  ],
}

const agriculture: DatasetClusterFile = {
  formatVersion: 1,
  cluster: { code: '050100', title: 'Agriculture' },
  occupations: [
    occ('11-9013.00', 'Farmers, Ranchers, and Other Agricultural Managers', ['050101'], { green: true }),
    occ('45-2093.00', 'Farmworkers, Farm, Ranch, and Aquacultural Animals', ['050101']),
  ],
}

const marketing: DatasetClusterFile = {
  formatVersion: 1,
  cluster: { code: '060300', title: 'Marketing & Sales' },
  occupations: [
    occ('11-2021.00', 'Marketing Managers', ['060301'], { brightOutlook: ['Numerous Job Openings'] }),
    occ('13-1161.00', 'Market Research Analysts and Marketing Specialists', ['060301', '060302']),
    occ('41-2031.00', 'Retail Salespersons', ['060302']),
    occ('41-3021.00', 'Insurance Sales Agents', ['060302']),
  ],
}

// Listed out of code order: the listing must sort by code itself.
export const fixtureIndex: DatasetIndex = {
  formatVersion: 1,
  provenance: {
    builtFrom: [],
    approximations: [],
    counts: { clusters: 3, subClusters: 6, occupations: 16, links: 17, occupationsWithoutCluster: 0 },
    credit: [],
  },
  clusters: [
    {
      code: '060300',
      title: 'Marketing & Sales',
      occupationCount: 4,
      subClusters: [sub('060301', 'Marketing', 2), sub('060302', 'Sales', 3)],
    },
    {
      code: '030100',
      title: 'Financial Services',
      occupationCount: 11,
      subClusters: [
        sub('030101', 'Accounting', 4),
        sub('030102', 'Insurance', 3),
        sub('030103', 'Banking', 6),
      ],
    },
    {
      code: '050100',
      title: 'Agriculture',
      occupationCount: 2,
      subClusters: [sub('050101', 'Animal Systems', 2)],
    },
  ],
}

export const fixtureFiles: Record<string, unknown> = {
  'data/clusters.json': fixtureIndex,
  'data/clusters/030100.json': financial,
  'data/clusters/050100.json': agriculture,
  'data/clusters/060300.json': marketing,
}

/** A DatasetLoad over fixtureFiles that records every path it is asked for. */
export function fixtureLoad(
  files: Record<string, unknown> = fixtureFiles,
): DatasetLoad & { calls: string[] } {
  const calls: string[] = []
  const load = async (path: string) => {
    calls.push(path)
    if (!(path in files)) throw new Error(`No fixture file ${path}`)
    // A fresh copy per load, as a real fetch would give.
    return structuredClone(files[path])
  }
  return Object.assign(load, { calls })
}
