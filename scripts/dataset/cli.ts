// Command line of the dataset builder: arguments, reading, building, writing, and what gets printed.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset } from './build.ts'
import { BuildError, InputError } from './errors.ts'
import { readInputs } from './readers.ts'
import { formatReport, formatSummary, summarise } from './report.ts'
import { serializeDataset, writeDataset } from './write.ts'

export interface CliIo {
  cwd: string
  out: (line: string) => void
  err: (line: string) => void
}

const USAGE = 'Usage: npm run data:build -- --from <source data dir> [--out public/data]'

function parseCliArgs(argv: readonly string[]): { from: string; out: string } | { help: true } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      from: { type: 'string' },
      out: { type: 'string', default: 'public/data' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return { help: true }
  if (values.from === undefined) throw new InputError(`Missing --from <source data dir>. ${USAGE}`)
  return { from: values.from, out: values.out }
}

/** Runs the builder; returns the process exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseCliArgs(argv)
    if ('help' in args) {
      io.out(USAGE)
      return 0
    }
    const { outputs, report } = buildDataset(readInputs(resolve(io.cwd, args.from)))
    const { written, removed } = writeDataset(resolve(io.cwd, args.out), serializeDataset(outputs))

    io.out(`Wrote ${written.length} files to ${args.out}:`)
    for (const file of written) io.out(`  ${file.path}: ${file.bytes} bytes, ${file.gzipBytes} gzip`)
    for (const path of removed) io.out(`  removed stale ${path}`)
    for (const line of formatSummary(summarise(outputs))) io.out(line)
    io.out('Report:')
    for (const line of formatReport(report)) io.out(`  ${line}`)
    return 0
  } catch (error) {
    if (error instanceof InputError || error instanceof BuildError) {
      io.err(`data:build failed: ${error.message}`)
      return 1
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`data:build failed: ${error.message}. ${USAGE}`)
      return 1
    }
    throw error
  }
}
