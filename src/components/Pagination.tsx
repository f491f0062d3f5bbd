import { Link } from '@tanstack/react-router'
import { pageCount, pageOf, pageStart, PAGE_SIZES, type PageSize } from '../lib/occupation-search'

interface PaginationProps {
  clusterCode: string
  total: number
  start: number
  pageSize: PageSize
  onPageSizeChange: (size: PageSize) => void
}

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border px-3 font-medium print:hidden'
const linkClass = `${itemClass} border-slate-300 bg-white text-blue-800 hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-900 dark:text-sky-300 dark:hover:bg-slate-800`
const currentClass = `${itemClass} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950`
const disabledClass = `${itemClass} border-slate-200 text-slate-400 dark:border-slate-800 dark:text-slate-600`

/** Page numbers to show: first, last, and the current page's neighbours; null marks a gap. */
export function visiblePages(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((p) => p >= 1 && p <= last))
  const pages = [...wanted].sort((a, b) => a - b)
  const out: (number | null)[] = []
  pages.forEach((page, i) => {
    const previous = pages[i - 1]
    if (previous !== undefined && page - previous > 1) out.push(null)
    out.push(page)
  })
  return out
}

export function Pagination({ clusterCode, total, start, pageSize, onPageSizeChange }: PaginationProps) {
  const last = pageCount(total, pageSize)
  const current = pageOf(start, pageSize)
  const linkTo = (page: number) =>
    ({
      to: '/clusters/$code',
      params: { code: clusterCode },
      search: (prev: Record<string, unknown>) => ({
        ...prev,
        start: page === 1 ? undefined : pageStart(page, pageSize),
      }),
    }) as const
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <nav aria-label="Pagination">
        <ul role="list" className="flex flex-wrap items-center gap-1.5">
          <li>
            {/* Same element when disabled, so focus stays put after paging to the end. */}
            <Link
              {...linkTo(current - 1)}
              disabled={current <= 1}
              className={current <= 1 ? disabledClass : linkClass}
            >
              <span aria-hidden="true">‹</span> Previous
            </Link>
          </li>
          {visiblePages(current, last).map((page, i) =>
            page === null ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={page}>
                <Link
                  {...linkTo(page)}
                  aria-current={page === current ? 'page' : undefined}
                  aria-label={`Page ${page}`}
                  className={page === current ? currentClass : linkClass}
                >
                  {page}
                </Link>
              </li>
            ),
          )}
          <li>
            <Link
              {...linkTo(current + 1)}
              disabled={current >= last}
              className={current >= last ? disabledClass : linkClass}
            >
              Next <span aria-hidden="true">›</span>
            </Link>
          </li>
        </ul>
      </nav>
      <label className="flex items-center gap-2 text-sm print:hidden">
        Rows per page
        <select
          value={pageSize}
          onChange={(e) => onPageSizeChange(Number(e.target.value) as PageSize)}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-900"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
