import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { pageCount, pageOf, startParam, PAGE_SIZES, type PageSize } from '../lib/occupation-search'

interface PaginationProps {
  clusterCode: string
  total: number
  start: number
  pageSize: PageSize
  onPageSizeChange: (size: PageSize) => void
}

const itemClass =
  'inline-flex min-h-11 min-w-10 items-center justify-center gap-1 rounded-md border px-2.5 font-medium sm:min-w-11 sm:px-3'
const linkClass = `${itemClass} border-slate-300 bg-white text-blue-800 hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-900 dark:text-sky-300 dark:hover:bg-slate-800`
const currentClass = `${itemClass} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950`
const disabledClass = `${itemClass} cursor-not-allowed border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-500`

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

interface PageLinkProps {
  clusterCode: string
  pageSize: PageSize
  page: number
  last: number
  current: number
  /** Previous/Next; numbered links are named "Page N". */
  label?: string
  children: ReactNode
}

// Defined at module level: a component created during render would remount, and the focused link with it.
function PageLink({ clusterCode, pageSize, page, last, current, label, children }: PageLinkProps) {
  const disabled = page < 1 || page > last
  const isCurrent = page === current && label === undefined
  return (
    <Link
      to="/clusters/$code"
      params={{ code: clusterCode }}
      search={(prev) => ({ ...prev, start: startParam(page, pageSize) })}
      // Only the numbered link of this very page is current (the router would match page 1's link as a subset).
      activeOptions={{ exact: true }}
      aria-current={isCurrent ? 'page' : undefined}
      aria-label={label ?? `Page ${page}`}
      disabled={disabled}
      // A disabled Next stays focusable, so focus stays put after paging to the end.
      tabIndex={disabled ? 0 : undefined}
      className={disabled ? disabledClass : isCurrent ? currentClass : linkClass}
    >
      {children}
    </Link>
  )
}

export function Pagination({ clusterCode, total, start, pageSize, onPageSizeChange }: PaginationProps) {
  const last = pageCount(total, pageSize)
  const current = pageOf(start, pageSize)
  const common = { clusterCode, pageSize, last, current }
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 print:hidden">
      <nav aria-label="Pagination">
        <ul role="list" className="flex flex-wrap items-center gap-1 sm:gap-1.5">
          <li>
            <PageLink {...common} page={current - 1} label="Previous">
              <span aria-hidden="true">‹</span>
              <span className="max-sm:sr-only">Previous</span>
            </PageLink>
          </li>
          {visiblePages(current, last).map((page, i) =>
            page === null ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-0.5 text-slate-500">
                …
              </li>
            ) : (
              <li key={page}>
                <PageLink {...common} page={page}>
                  {page}
                </PageLink>
              </li>
            ),
          )}
          <li>
            <PageLink {...common} page={current + 1} label="Next">
              <span className="max-sm:sr-only">Next</span>
              <span aria-hidden="true">›</span>
            </PageLink>
          </li>
        </ul>
      </nav>
      <label className="flex items-center gap-2 text-sm">
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
