// @vitest-environment node
// The O*NET key must never reach a browser: build the live-mode bundle with a key in the server's
// environment and check that no file sent to browsers contains it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..')
const KEY = 'sentinel-key-9f8e7d6c5b4a3210'
let outDir = ''

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

it('keeps ONET_API_KEY out of every file of a live-mode build', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cce-bundle-'))
  const saved = { ...process.env }
  Object.assign(process.env, { ONET_API_KEY: KEY, ONET_PASSWORD: KEY, VITE_ONET_MODE: 'live' })
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env = saved
  }
  const files = await listFiles(outDir)
  expect(files.some((f) => f.endsWith('.js'))).toBe(true)
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    expect(text.includes(KEY), `${file} contains the key`).toBe(false)
  }
}, 120_000)
