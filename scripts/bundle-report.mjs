// Prints the JavaScript a browser downloads for the first view (entry script + its modulepreloads), gzipped.
// Run after `vite build`: `npm run bench:bundle`. A measurement to read, not a test.
import { readFile, readdir } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'

const dist = resolve(process.argv[2] ?? 'dist')
const html = await readFile(join(dist, 'index.html'), 'utf8')
const firstView = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1])

async function sizes(file) {
  const bytes = await readFile(join(dist, file))
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const first = await Promise.all(firstView.map(sizes))
const all = await Promise.all(
  (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => sizes(`assets/${f}`)),
)
console.log('Entry JS loaded by index.html (route chunks for the first view load on top of this):')
for (const s of first)
  console.log(`  ${s.file.padEnd(48)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`)
const total = first.reduce((n, s) => n + s.gzip, 0)
console.log(`  total: ${kb(total)} gzip (first-view budget: 110 KB)`)
console.log(`All JS chunks: ${all.length}, ${kb(all.reduce((n, s) => n + s.gzip, 0))} gzip`)
