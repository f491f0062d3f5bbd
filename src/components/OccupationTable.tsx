import { useId } from 'react'
import { ScrollRegion } from './ScrollRegion'
import type { Occupation, OccupationPage, SortOrder } from '../data/model'
import { BrightOutlookBadge, GreenBadge } from './Badges'
import { ExternalLink } from './ExternalLink'
import { formatCount } from '../lib/format'

export const SORT_LABELS: Record<SortOrder, string> = {
  name: 'Occupation',
  code: 'O*NET-SOC code',
  pathway: 'Sub-cluster',
  cluster: 'Cluster',
}

const MULTIPLE = 'multiple'
/** On phones the code (and, in the all-clusters list, the sub-cluster) moves under the title, so the table fits 320 px. */
const NARROW_HIDDEN = 'hidden sm:table-cell print:table-cell'

export function rangeLabel(page: Pick<OccupationPage, 'start' | 'end' | 'total'>): string {
  const noun = page.total === 1 ? 'occupation' : 'occupations'
  const [start, end, total] = [page.start, page.end, page.total].map(formatCount)
  if (page.end < page.start) return `0 of ${total} ${noun}`
  return `${start}–${end} of ${total} ${noun}`
}

interface OccupationTableProps {
  page: OccupationPage
  /** Names the list in the caption: a cluster title or "All Career Clusters". */
  listTitle: string
  showClusterColumn: boolean
  sort: SortOrder
  onSortChange: (sort: SortOrder) => void
}

/** W3C APG sortable table: native table, caption, column header buttons, aria-sort on the sorted column. */
export function OccupationTable({
  page,
  listTitle,
  showClusterColumn,
  sort,
  onSortChange,
}: OccupationTableProps) {
  const captionId = useId()
  const columns: SortOrder[] = showClusterColumn
    ? ['name', 'code', 'cluster', 'pathway']
    : ['name', 'code', 'pathway']
  const grouping = groupingFor(sort, showClusterColumn)
  const groups = groupRows(page.occupations, grouping)
  return (
    <div className="rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900 print:border-0">
      {/* Visible copy of the caption, outside the scroller so a wide table on a phone never cuts it off. */}
      <p aria-hidden="true" className="px-3 pt-3 pb-2 font-semibold sm:px-4">
        {listTitle}: {rangeLabel(page)}
      </p>
      <ScrollRegion labelledBy={captionId}>
        <table className="w-full border-collapse text-left text-sm sm:text-base">
          <caption id={captionId} className="sr-only">
            {listTitle}: {rangeLabel(page)}
          </caption>
          <thead className="bg-slate-100 dark:bg-slate-800 print:bg-transparent">
            <tr>
              {columns.map((column) => (
                <SortableHeader
                  key={column}
                  column={column}
                  active={column === sort}
                  onSort={onSortChange}
                  className={narrowHidden(column, showClusterColumn) ? NARROW_HIDDEN : undefined}
                />
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key} className="border-t border-slate-200 dark:border-slate-700">
              {group.heading !== null && (
                <tr className="bg-slate-50 dark:bg-slate-800/60 print:bg-transparent">
                  <th
                    scope="rowgroup"
                    colSpan={columns.length}
                    className="px-3 py-2 text-sm font-semibold text-slate-700 sm:px-4 dark:text-slate-200"
                  >
                    {group.heading}
                  </th>
                </tr>
              )}
              {group.rows.map((occupation) => (
                <OccupationRow
                  key={`${occupation.cluster.code}-${occupation.code}`}
                  occupation={occupation}
                  showCluster={showClusterColumn}
                  grouping={grouping}
                />
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </div>
  )
}

function SortableHeader({
  column,
  active,
  onSort,
  className = '',
}: {
  column: SortOrder
  active: boolean
  onSort: (sort: SortOrder) => void
  className?: string
}) {
  return (
    <th scope="col" aria-sort={active ? 'ascending' : undefined} className={`p-0 align-bottom ${className}`}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="flex min-h-11 w-full items-center gap-1.5 px-3 py-2 text-left font-semibold hover:bg-slate-200 sm:px-4 dark:hover:bg-slate-700 print:min-h-0"
      >
        {SORT_LABELS[column]}
        <SortIcon active={active} />
      </button>
    </th>
  )
}

function SortIcon({ active }: { active: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 12 12"
      className={`size-3 shrink-0 print:hidden ${active ? 'text-blue-700 dark:text-sky-300' : 'text-slate-400'}`}
      fill="currentColor"
    >
      {active ? <path d="M6 2 10.5 8h-9L6 2Z" /> : <path d="M6 1 9 4.5H3L6 1Zm0 10L3 7.5h6L6 11Z" />}
    </svg>
  )
}

function OccupationRow({
  occupation,
  showCluster,
  grouping,
}: {
  occupation: Occupation
  showCluster: boolean
  grouping: Grouping
}) {
  return (
    <tr className="border-t border-slate-200 align-baseline dark:border-slate-700">
      <th scope="row" className="px-3 py-2.5 font-normal sm:px-4">
        <ExternalLink
          href={occupation.onetOnlineUrl}
          className="font-medium text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-sky-300"
        >
          {occupation.title}
        </ExternalLink>
        <span className="block text-xs text-slate-600 sm:hidden print:hidden dark:text-slate-400">
          <span className="font-mono">{occupation.code}</span>
          {showCluster && <> · {occupation.subCluster?.title ?? 'Several sub-clusters'}</>}
        </span>
        {(occupation.brightOutlook || occupation.green) && (
          <span className="mt-1 flex flex-wrap gap-1.5">
            {occupation.brightOutlook && (
              <BrightOutlookBadge categories={occupation.brightOutlookCategories} />
            )}
            {occupation.green && <GreenBadge />}
          </span>
        )}
      </th>
      <td className="hidden px-3 py-2.5 font-mono text-xs whitespace-nowrap text-slate-700 sm:table-cell sm:px-4 sm:text-sm print:table-cell dark:text-slate-300">
        {occupation.code}
      </td>
      {showCluster && <td className="px-3 py-2.5 sm:px-4">{occupation.cluster.title}</td>}
      <td className={`px-3 py-2.5 sm:px-4 ${narrowHidden('pathway', showCluster) ? NARROW_HIDDEN : ''}`}>
        {occupation.subCluster ? (
          <RepeatsHeading when={grouping === 'subCluster'}>{occupation.subCluster.title}</RepeatsHeading>
        ) : (
          <SeveralSubClusters occupation={occupation} />
        )}
      </td>
    </tr>
  )
}

function narrowHidden(column: SortOrder, allClusters: boolean): boolean {
  return column === 'code' || (allClusters && column === 'pathway')
}

/** Text that repeats the row group's heading: kept for screen readers, hidden on phones where width is scarce. */
function RepeatsHeading({ when, children }: { when: boolean; children: string }) {
  return when ? <span className="max-sm:sr-only">{children}</span> : <>{children}</>
}

function SeveralSubClusters({ occupation }: { occupation: Occupation }) {
  if (occupation.subClusters.length === 0) return <>Several sub-clusters</>
  return (
    <>
      <span className="block text-slate-600 dark:text-slate-400">Several sub-clusters:</span>
      <span>{occupation.subClusters.map((s) => s.title).join('; ')}</span>
    </>
  )
}

type Grouping = 'none' | 'subCluster' | 'cluster'

function groupingFor(sort: SortOrder, allClusters: boolean): Grouping {
  if (allClusters) return sort === 'cluster' ? 'cluster' : 'none'
  return sort === 'pathway' || sort === 'cluster' ? 'subCluster' : 'none'
}

interface RowGroup {
  key: string
  heading: string | null
  rows: Occupation[]
}

/** Consecutive rows with the same sub-cluster (or cluster) share a heading; the page is already in that order. */
function groupRows(rows: Occupation[], grouping: Grouping): RowGroup[] {
  if (grouping === 'none') return [{ key: 'all', heading: null, rows }]
  const groups: RowGroup[] = []
  for (const row of rows) {
    const [key, heading] =
      grouping === 'cluster'
        ? [row.cluster.code, row.cluster.title]
        : row.subCluster
          ? [row.subCluster.code, row.subCluster.title]
          : [MULTIPLE, 'In several sub-clusters']
    const last = groups.at(-1)
    if (last && last.key === key) last.rows.push(row)
    else groups.push({ key, heading, rows: [row] })
  }
  return groups
}
