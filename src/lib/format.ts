// Numbers as people read them: "1,348", "34 occupations".
const numberFormat = new Intl.NumberFormat('en-US')

export function formatCount(n: number): string {
  return numberFormat.format(n)
}

export function occupationCountLabel(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'occupation' : 'occupations'}`
}
