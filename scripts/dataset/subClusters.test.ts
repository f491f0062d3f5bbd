// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clusterNameKey, createClusterResolver } from './clusterNames.ts'
import { BuildError } from './errors.ts'
import { assignSubClusterCodes, canonicalTitles, derivedSubClusterCode } from './subClusters.ts'

describe('canonicalTitles', () => {
  it('merges a lower-case spelling into the title-case one, even when it has more rows', () => {
    const { canonicalOf, titles, normalisations } = canonicalTitles('050100', [
      'water systems',
      'water systems',
      'Water Systems',
      'Plant Systems',
    ])
    expect(titles).toEqual(['Plant Systems', 'Water Systems'])
    expect(canonicalOf('water systems')).toBe('Water Systems')
    expect(canonicalOf(' Water  Systems ')).toBe('Water Systems')
    expect(normalisations).toEqual([
      { clusterCode: '050100', from: 'water systems', to: 'Water Systems', rows: 2 },
    ])
  })

  it('accepts minor words in lower case and prefers them to a shouted spelling', () => {
    const { titles } = canonicalTitles('010300', ['Planning AND Logistics', 'Planning and Logistics'])
    expect(titles).toEqual(['Planning and Logistics'])
  })

  it('prefers the spelling most rows use when both are title case', () => {
    const { titles } = canonicalTitles('060100', [
      'Web & Cloud',
      'Web & cloud',
      'Web and Cloud',
      'Web and Cloud',
    ])
    expect(titles).toEqual(['Web & Cloud', 'Web and Cloud'])
  })
})

describe('assignSubClusterCodes', () => {
  const known = [
    { clusterCode: '030100', code: '030101', title: 'Accounting' },
    { clusterCode: '030100', code: '030109', title: 'Insurance' },
    { clusterCode: '030100', code: '030108', title: 'Crypto' },
  ]

  it('numbers titles 01, 02, … alphabetically after the first four digits of the cluster code', () => {
    const { subClusters } = assignSubClusterCodes(
      '030100',
      ['Real Estate', 'Banking & Credit', 'Accounting'],
      [],
    )
    expect(subClusters.map((s) => [s.code, s.title, s.codeSource])).toEqual([
      ['030101', 'Accounting', 'derived'],
      ['030102', 'Banking & Credit', 'derived'],
      ['030103', 'Real Estate', 'derived'],
    ])
  })

  it('marks matching known codes, uses a disagreeing known code and reports it, returns unused ones', () => {
    const result = assignSubClusterCodes('030100', ['Accounting', 'Banking & Credit', 'insurance'], known)
    expect(result.subClusters.map((s) => [s.code, s.title, s.codeSource])).toEqual([
      ['030101', 'Accounting', 'known'],
      ['030102', 'Banking & Credit', 'derived'],
      ['030109', 'insurance', 'known'],
    ])
    expect(result.overrides).toEqual([
      { clusterCode: '030100', title: 'insurance', knownCode: '030109', derivedCode: '030103' },
    ])
    expect(result.unused).toEqual([known[2]])
  })

  it('fails when a known code collides with a derived one', () => {
    const clash = [{ clusterCode: '030100', code: '030102', title: 'Accounting' }]
    expect(() => assignSubClusterCodes('030100', ['Accounting', 'Banking & Credit'], clash)).toThrow(
      BuildError,
    )
  })

  it('refuses more than 99 Sub-Clusters', () => {
    expect(derivedSubClusterCode('010100', 99)).toBe('010199')
    expect(() => derivedSubClusterCode('010100', 100)).toThrow(BuildError)
  })
})

describe('cluster names', () => {
  const clusters = [
    { code: '020100', title: 'Arts, Entertainment, & Design' },
    { code: '060300', title: 'Marketing & Sales' },
  ]

  it('treats "and" and "&", commas, spacing, case and ® as the same name', () => {
    const resolve = createClusterResolver(clusters)
    expect(resolve('Marketing and Sales')?.code).toBe('060300')
    expect(resolve('marketing  &  sales®')?.code).toBe('060300')
    expect(resolve('Arts, Entertainment and Design')?.code).toBe('020100')
    expect(resolve('Marketing')).toBeUndefined()
    expect(clusterNameKey('Arts, Entertainment, & Design')).toBe('arts entertainment and design')
  })

  it('fails when two clusters cannot be told apart', () => {
    expect(() =>
      createClusterResolver([...clusters, { code: '060301', title: 'Marketing and Sales' }]),
    ).toThrow(/cannot be told apart/)
  })
})
