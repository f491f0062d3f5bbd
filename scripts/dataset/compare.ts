// Sort orders that do not depend on the machine's locale, so every build writes the same bytes.

/** Code-unit order (what `<` does on strings). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Alphabetical ignoring case; exact spelling breaks ties. */
export function compareTitles(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b)
}

/** Sorted copy of distinct strings. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText)
}
