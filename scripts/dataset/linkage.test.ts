// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { deriveGreen } from './flags.ts'
import { matchSocCodes, socGroupPrefix } from './linkage.ts'

describe('socGroupPrefix', () => {
  it('drops the last digit, then trailing zeros and the hyphen', () => {
    expect(socGroupPrefix('13-1020')).toBe('13-102')
    expect(socGroupPrefix('21-1018')).toBe('21-101')
    expect(socGroupPrefix('13-2000')).toBe('13-2')
    expect(socGroupPrefix('11-0000')).toBe('11')
  })
})

describe('matchSocCodes', () => {
  const crosswalk = [
    { onetCode: '13-1021.00', socCode: '13-1021' },
    { onetCode: '13-1022.00', socCode: '13-1022' },
    { onetCode: '21-1011.00', socCode: '21-1011' },
    { onetCode: '21-1012.00', socCode: '21-1012' },
    { onetCode: '21-1014.00', socCode: '21-1014' },
    { onetCode: '29-2011.00', socCode: '29-2011' },
    { onetCode: '29-2011.01', socCode: '29-2011' },
  ]

  it('matches exactly, then by SOC group for codes O*NET does not use', () => {
    const matches = matchSocCodes(['13-1020', '21-1012', '21-1018', '29-2011', '99-9990'], crosswalk)
    expect(matches.get('29-2011')).toEqual({
      via: 'exact',
      prefix: null,
      onetCodes: ['29-2011.00', '29-2011.01'],
    })
    expect(matches.get('13-1020')).toEqual({
      via: 'prefix',
      prefix: '13-102',
      onetCodes: ['13-1021.00', '13-1022.00'],
    })
    expect(matches.get('99-9990')).toEqual({ via: 'none', prefix: '99-999', onetCodes: [] })
  })

  it('lets a group code fill gaps only: a SOC code the framework lists itself gets nothing from it', () => {
    const matches = matchSocCodes(['21-1012', '21-1018'], crosswalk)
    expect(matches.get('21-1018')?.onetCodes).toEqual(['21-1011.00', '21-1014.00'])
  })
})

describe('deriveGreen', () => {
  it('marks a 2019 code green through any green 2010 predecessor and reports codes it cannot carry', () => {
    const result = deriveGreen(
      [{ code2010: '17-2141.01' }, { code2010: '51-8099.02' }, { code2010: '11-1011.03' }],
      [
        { code2010: '17-2141.01', code2019: '17-2141.00' },
        { code2010: '17-2141.02', code2019: '17-2141.02' },
        { code2010: '11-1011.03', code2019: '11-1011.09' },
      ],
      new Set(['17-2141.00', '17-2141.02']),
    )
    expect([...result.green]).toEqual(['17-2141.00'])
    expect(result.withoutSuccessor).toEqual(['51-8099.02'])
    expect(result.successorsWithoutOccupation).toEqual(['11-1011.09'])
  })
})
