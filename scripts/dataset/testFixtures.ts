// Paths and temp-dir helpers shared by the dataset tests (fixtures mirror the real folder layout).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

export const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/dataset', import.meta.url))

const created: string[] = []
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh directory under the OS temp dir, removed after the test file. */
export function tempDir(prefix = 'dataset-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** A writable copy of the fixtures, for tests that break one file. */
export function copyFixtures(): string {
  const dir = tempDir('dataset-fixtures-')
  cpSync(FIXTURE_DIR, dir, { recursive: true })
  return dir
}

export function editFile(dir: string, path: string, edit: (text: string) => string): void {
  const fullPath = join(dir, path)
  writeFileSync(fullPath, edit(readFileSync(fullPath, 'utf8')))
}
