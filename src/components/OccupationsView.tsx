import { Link } from '@tanstack/react-router'
import { ALL_CLUSTERS, type OccupationPage, type SortOrder } from '../data/model'
import { pageCount, pageOf, startParam, type PageSize, type TableState } from '../lib/occupation-search'
import { occupationCountLabel } from '../lib/format'
import { OccupationTable, SORT_LABELS, rangeLabel } from './OccupationTable'
import { Pagination } from './Pagination'
import { BadgeLegend } from './Badges'
import { ViewHeading } from './ViewHeading'
import { OnetCreditLine } from './OnetCredit'
import { CopyLinkButton } from './CopyLinkButton'

interface OccupationsViewProps {
  clusterCode: string
  listTitle: string
  page: OccupationPage
  state: TableState
  onSortChange: (sort: SortOrder) => void
  onPageSizeChange: (size: PageSize) => void
}

export function OccupationsView({
  clusterCode,
  listTitle,
  page,
  state,
  onSortChange,
  onPageSizeChange,
}: OccupationsViewProps) {
  const isAll = clusterCode === ALL_CLUSTERS
  const lastPage = pageCount(page.total, state.pageSize)
  const currentPage = pageOf(state.start, state.pageSize)
  const pastEnd = page.occupations.length === 0 && page.total > 0
  const title = pastEnd
    ? `${listTitle}: page not found`
    : `${listTitle} occupations, page ${currentPage} of ${lastPage}`
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link to="/" className="text-blue-800 underline dark:text-sky-300">
          Career Clusters
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{listTitle}</span>
      </nav>
      <div className="space-y-1">
        <ViewHeading title={title}>{listTitle}</ViewHeading>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-slate-700 dark:text-slate-300">
            {occupationCountLabel(page.total)}
            {isAll && ' (an occupation in several clusters is listed once for each)'}
          </p>
          <CopyLinkButton />
        </div>
        <p className="hidden text-sm print:block">
          Printed {new Date().toLocaleDateString('en-US', { dateStyle: 'long' })} from {window.location.href}
        </p>
      </div>

      {/* Polite announcement after a sort or page change; focus stays on the control that was used. */}
      <p aria-live="polite" className="sr-only">
        {pastEnd
          ? 'No occupations on this page.'
          : `Sorted by ${SORT_LABELS[state.sort]}. Showing ${rangeLabel(page)}.`}
      </p>

      {pastEnd ? (
        <div className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-400/60 dark:bg-amber-950">
          <h2 className="font-semibold">This page is past the end of the list</h2>
          <p>
            {listTitle} has {occupationCountLabel(page.total)}, which fit on {lastPage}{' '}
            {lastPage === 1 ? 'page' : 'pages'} of {state.pageSize}.
          </p>
          <p className="flex flex-wrap gap-4">
            <Link
              to="/clusters/$code"
              params={{ code: clusterCode }}
              search={(prev) => ({
                ...prev,
                start: startParam(lastPage, state.pageSize),
              })}
              className="font-semibold text-blue-800 underline dark:text-sky-300"
            >
              Go to the last page (page {lastPage})
            </Link>
            <Link
              to="/clusters/$code"
              params={{ code: clusterCode }}
              search={(prev) => ({ ...prev, start: undefined })}
              className="font-semibold text-blue-800 underline dark:text-sky-300"
            >
              Go to the first page
            </Link>
          </p>
        </div>
      ) : page.total === 0 ? (
        <p>No occupations are listed in this cluster.</p>
      ) : (
        <>
          <BadgeLegend />
          <OccupationTable
            page={page}
            listTitle={listTitle}
            showClusterColumn={isAll}
            sort={state.sort}
            onSortChange={onSortChange}
          />
          <Pagination
            clusterCode={clusterCode}
            total={page.total}
            start={state.start}
            pageSize={state.pageSize}
            onPageSizeChange={onPageSizeChange}
          />
        </>
      )}
      <OnetCreditLine />
    </div>
  )
}
