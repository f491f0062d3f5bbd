// @vitest-environment node
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli.ts'
import { copyFixtures, editFile, FIXTURE_DIR, tempDir } from './testFixtures.ts'

function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runCli(argv, { cwd: process.cwd(), out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(path.slice(dir.length + 1), readFileSync(path))
  }
  return files
}

describe('data:build CLI', () => {
  it('writes the index, one file per cluster and the occupations file, printing sizes and counts', () => {
    const out = tempDir()
    const result = run(['--from', FIXTURE_DIR, '--out', out])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect([...readTree(out).keys()].sort()).toEqual([
      'clusters.json',
      'clusters/010100.json',
      'clusters/020100.json',
      'clusters/030100.json',
      'clusters/040200.json',
      'clusters/050100.json',
      'clusters/060200.json',
      'clusters/060300.json',
      'occupations.json',
    ])
    expect(result.out).toMatch(/clusters\.json: \d+ bytes, \d+ gzip/)
    expect(result.out).toContain('Occupations: 13 (1 in no cluster)')
    expect(result.out).toContain(
      '99-9990 Imaginary Workers, All Other → Financial Services / Banking & Credit',
    )
    expect(result.out).toContain('15-9999.00')
    expect(result.out).toContain('51-8099.02')
  })

  it('writes identical bytes on every build', () => {
    const first = tempDir()
    const second = tempDir()
    expect(run(['--from', FIXTURE_DIR, '--out', first]).code).toBe(0)
    expect(run(['--from', FIXTURE_DIR, '--out', second]).code).toBe(0)
    const a = readTree(first)
    const b = readTree(second)
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path) ?? Buffer.alloc(0)), path).toBe(true)
    for (const bytes of a.values()) expect(bytes.toString('utf8').endsWith('}\n')).toBe(true)
  })

  it('never writes occupation descriptions', () => {
    const out = tempDir()
    run(['--from', FIXTURE_DIR, '--out', out])
    for (const [path, bytes] of readTree(out)) {
      const text = bytes.toString('utf8')
      expect(text, path).not.toContain('FIXTURE-DESCRIPTION-TEXT')
      expect(text, path).not.toContain('Description')
    }
  })

  it('removes the file of a cluster that no longer exists', () => {
    const out = tempDir()
    run(['--from', FIXTURE_DIR, '--out', out])
    writeFileSync(join(out, 'clusters/999900.json'), '{}\n')
    const result = run(['--from', FIXTURE_DIR, '--out', out])
    expect(result.out).toContain('removed stale clusters/999900.json')
    expect(readTree(out).has('clusters/999900.json')).toBe(false)
  })

  it('exits non-zero naming the file and column when a column is missing', () => {
    const from = copyFixtures()
    editFile(from, 'advance-cte/SOC - CC - Sub-Clusters.csv', (text) =>
      text.replace('Sub-Cluster', 'Pathway'),
    )
    const out = tempDir()
    const result = run(['--from', from, '--out', out])
    expect(result.code).toBe(1)
    expect(result.err).toContain('advance-cte/SOC - CC - Sub-Clusters.csv: missing column "Sub-Cluster"')
    expect(readTree(out).size).toBe(0)
  })

  it('exits non-zero on a missing input directory, a missing --from or an unknown option', () => {
    expect(run(['--from', join(tempDir(), 'nowhere')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not found/),
    })
    expect(run([])).toMatchObject({ code: 1, err: expect.stringMatching(/Missing --from/) })
    expect(run(['--from', FIXTURE_DIR, '--bogus'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Usage/),
    })
  })
})
