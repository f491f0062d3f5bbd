// Text → rows for the two formats the sources use: RFC 4180 CSV and O*NET's tab-separated .txt files.

export class CsvSyntaxError extends Error {}

const BOM = '\uFEFF'

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, embedded commas and newlines, CRLF or LF, BOM). */
export function parseCsv(input: string): string[][] {
  const text = stripBom(input)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQuotes = false
  // After a closing quote only a delimiter or a line end may follow.
  let quoteClosed = false
  // Tracks whether the current line has content, so blank lines and a final newline add no row.
  let lineStarted = false
  let line = 1

  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
    lineStarted = false
  }

  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          inQuotes = false
          quoteClosed = true
        }
      } else {
        if (char === '\n') line++
        field += char
      }
      continue
    }
    if (quoteClosed && char !== ',' && char !== '\r' && char !== '\n') {
      throw new CsvSyntaxError(`line ${line}: text after a closing quote`)
    }
    quoteClosed = false
    if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(`line ${line}: quote inside an unquoted field`)
      inQuotes = true
      lineStarted = true
    } else if (char === ',') {
      endField()
      lineStarted = true
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      if (lineStarted || field !== '') endRow()
      line++
    } else {
      field += char
      lineStarted = true
    }
  }
  if (inQuotes) throw new CsvSyntaxError(`line ${line}: quoted field is never closed`)
  if (lineStarted || field !== '') endRow()
  return rows
}

/** Parses tab-separated text with no quoting (O*NET database .txt files); blank lines are skipped. */
export function parseTsv(input: string): string[][] {
  return stripBom(input)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
}
