// Source files → typed rows. Columns are found by header name, never by position, so a future
// release that reorders or adds columns still reads; a renamed or missing column fails loudly.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CsvSyntaxError, parseCsv, parseTsv } from './csv.ts'
import type { DatasetInputs } from './inputs.ts'
import { InputError } from './errors.ts'
import { SOURCES, type SourceFile } from './sources.ts'

interface Cell {
  value: string
  /** "onet/Job Zones.txt data row 12" — for error messages about this value. */
  where: string
}

function parseFile(fromDir: string, source: SourceFile): string[][] {
  const fullPath = join(fromDir, source.path)
  if (!existsSync(fullPath))
    throw new InputError(`Missing input file: ${source.path} (looked for ${fullPath})`)
  const text = readFileSync(fullPath, 'utf8')
  try {
    return source.format === 'csv' ? parseCsv(text) : parseTsv(text)
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new InputError(`${source.path}: ${error.message}`)
    throw error
  }
}

/** Reads the named columns of every data row; every value must be non-empty. */
export function readColumns<K extends string>(
  fromDir: string,
  source: SourceFile,
  columns: Record<K, string>,
): Record<K, Cell>[] {
  const [header, ...rows] = parseFile(fromDir, source)
  if (!header) throw new InputError(`${source.path}: file is empty (no header row)`)
  const names = header.map((name) => name.trim())
  const wanted = Object.entries(columns) as [K, string][]
  const missing = wanted.filter(([, name]) => !names.includes(name)).map(([, name]) => `"${name}"`)
  if (missing.length > 0) {
    const plural = missing.length > 1 ? 's' : ''
    throw new InputError(
      `${source.path}: missing column${plural} ${missing.join(', ')} (header has: ${names.map((n) => `"${n}"`).join(', ')})`,
    )
  }
  return rows.map((cells, rowIndex) => {
    const where = `${source.path} data row ${rowIndex + 1}`
    const record = {} as Record<K, Cell>
    for (const [key, name] of wanted) {
      const value = (cells[names.indexOf(name)] ?? '').trim()
      if (value === '') throw new InputError(`${where}: empty value in column "${name}"`)
      record[key] = { value, where }
    }
    return record
  })
}

function parseJobZone({ value, where }: Cell): number {
  const zone = Number(value)
  if (!Number.isInteger(zone) || zone < 1 || zone > 5) {
    throw new InputError(`${where}: Job Zone "${value}" is not a whole number from 1 to 5`)
  }
  return zone
}

/** "Rapid Growth; Numerous Job Openings" → ["Rapid Growth", "Numerous Job Openings"] (source order kept). */
export function splitCategories(value: string): string[] {
  const categories = value
    .split(';')
    .map((category) => category.trim())
    .filter((category) => category !== '')
  return [...new Set(categories)]
}

/** Reads every source file under fromDir. */
export function readInputs(fromDir: string): DatasetInputs {
  if (!existsSync(fromDir)) throw new InputError(`Input directory not found: ${fromDir}`)
  const read = <K extends string>(source: SourceFile, columns: Record<K, string>) =>
    readColumns(fromDir, source, columns)

  return {
    occupations: read(SOURCES.occupations, { code: 'O*NET-SOC Code', title: 'Title' }).map((r) => ({
      code: r.code.value,
      title: r.title.value,
    })),
    jobZones: read(SOURCES.jobZones, { code: 'O*NET-SOC Code', jobZone: 'Job Zone' }).map((r) => ({
      code: r.code.value,
      jobZone: parseJobZone(r.jobZone),
    })),
    socCrosswalk: read(SOURCES.socCrosswalk, {
      onetCode: 'O*NET-SOC 2019 Code',
      socCode: '2018 SOC Code',
    }).map((r) => ({ onetCode: r.onetCode.value, socCode: r.socCode.value })),
    brightOutlook: read(SOURCES.brightOutlook, { code: 'Code', categories: 'Categories' }).map((r) => ({
      code: r.code.value,
      categories: splitCategories(r.categories.value),
    })),
    green2010: read(SOURCES.green2010, { code2010: 'O*NET-SOC Code' }).map((r) => ({
      code2010: r.code2010.value,
    })),
    taxonomyCrosswalk: read(SOURCES.taxonomyCrosswalk, {
      code2010: 'O*NET-SOC 2010 Code',
      code2019: 'O*NET-SOC 2019 Code',
    }).map((r) => ({ code2010: r.code2010.value, code2019: r.code2019.value })),
    advanceCte: read(SOURCES.advanceCte, {
      socCode: 'SOC Code',
      socTitle: 'Occupation Title',
      cluster: 'Career Cluster',
      subCluster: 'Sub-Cluster',
    }).map((r) => ({
      socCode: r.socCode.value,
      socTitle: r.socTitle.value,
      cluster: r.cluster.value,
      subCluster: r.subCluster.value,
    })),
    clusterCodes: read(SOURCES.clusterCodes, { code: 'cluster_code', title: 'cluster_title' }).map((r) => ({
      code: r.code.value,
      title: r.title.value,
    })),
    knownSubClusterCodes: read(SOURCES.knownSubClusterCodes, {
      clusterCode: 'cluster_code',
      code: 'subcluster_code',
      title: 'subcluster_title',
    }).map((r) => ({ clusterCode: r.clusterCode.value, code: r.code.value, title: r.title.value })),
  }
}
