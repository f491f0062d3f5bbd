// Builds the app's bundled offline dataset (public/data) from the source files: see scripts/dataset/.
import { runCli } from './dataset/cli.ts'

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
})
