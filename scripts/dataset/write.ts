// Dataset outputs → bytes on disk, with sizes for the CLI to print.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DATASET_PATHS } from '../../src/data/embedded/dataset.ts'
import type { DatasetOutputs } from './build.ts'

export interface OutputFile {
  /** Path relative to the output directory (which is public/data). */
  path: string
  content: string
}

export interface WrittenFile {
  path: string
  bytes: number
  gzipBytes: number
}

/** DATASET_PATHS are relative to public/; the output directory is public/data. */
function outPath(datasetPath: string): string {
  if (!datasetPath.startsWith('data/')) throw new Error(`Dataset path outside data/: ${datasetPath}`)
  return datasetPath.slice('data/'.length)
}

const CLUSTER_FILE_DIR = dirname(outPath(DATASET_PATHS.cluster('000000')))

/** The index is indented so provenance changes read well in review; the large files are compact. */
export function serializeDataset(outputs: DatasetOutputs): OutputFile[] {
  return [
    { path: outPath(DATASET_PATHS.index), content: `${JSON.stringify(outputs.index, null, 2)}\n` },
    ...outputs.clusterFiles.map((file) => ({
      path: outPath(DATASET_PATHS.cluster(file.cluster.code)),
      content: `${JSON.stringify(file)}\n`,
    })),
    { path: outPath(DATASET_PATHS.occupations), content: `${JSON.stringify(outputs.occupations)}\n` },
  ]
}

/** Writes the files and deletes cluster files left from a cluster that no longer exists. */
export function writeDataset(
  outDir: string,
  files: readonly OutputFile[],
): { written: WrittenFile[]; removed: string[] } {
  const wanted = new Set(files.map((file) => file.path))
  const clusterDir = join(outDir, CLUSTER_FILE_DIR)
  mkdirSync(clusterDir, { recursive: true })
  const removed = readdirSync(clusterDir)
    .map((name) => `${CLUSTER_FILE_DIR}/${name}`)
    .filter((path) => path.endsWith('.json') && !wanted.has(path))
    .sort()
  for (const path of removed) rmSync(join(outDir, path))

  const written = files.map(({ path, content }) => {
    const bytes = Buffer.from(content, 'utf8')
    mkdirSync(dirname(join(outDir, path)), { recursive: true })
    writeFileSync(join(outDir, path), bytes)
    return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes).length }
  })
  return { written, removed }
}
