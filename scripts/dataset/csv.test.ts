// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, parseCsv, parseTsv } from './csv.ts'

describe('parseCsv', () => {
  it('splits plain rows and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const text = 'code,title\n13-1022,"Buyers, Except ""Farm"" Products"\n99-0001,"two\nlines"\n'
    expect(parseCsv(text)).toEqual([
      ['code', 'title'],
      ['13-1022', 'Buyers, Except "Farm" Products'],
      ['99-0001', 'two\nlines'],
    ])
  })

  it('keeps CRLF inside a quoted field but treats it as a line end outside', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n')).toEqual([
      ['a', 'b'],
      ['x\r\ny', 'z'],
    ])
  })

  it('strips a BOM and reads CRLF line ends', () => {
    expect(parseCsv('\uFEFFSOC Code,Sub-Cluster\r\n13-1020,Strategic Sales\r\n')).toEqual([
      ['SOC Code', 'Sub-Cluster'],
      ['13-1020', 'Strategic Sales'],
    ])
  })

  it('keeps empty fields, including a quoted empty one and a trailing one', () => {
    expect(parseCsv('a,,""\n,b,\n')).toEqual([
      ['a', '', ''],
      ['', 'b', ''],
    ])
  })

  it('reads a last row without a final newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  it('rejects an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a\n"open')).toThrow(/never closed/)
    expect(() => parseCsv('"ab"c,d\n')).toThrow(/after a closing quote/)
    expect(() => parseCsv('ab"c,d\n')).toThrow(/quote inside an unquoted field/)
  })
})

describe('parseTsv', () => {
  it('splits on tabs, keeps quotes literally, reads CRLF and BOM, skips blank lines', () => {
    expect(parseTsv('\uFEFFcode\ttitle\r\n11-1011.00\tChief "Executives"\r\n\r\n')).toEqual([
      ['code', 'title'],
      ['11-1011.00', 'Chief "Executives"'],
    ])
  })
})
