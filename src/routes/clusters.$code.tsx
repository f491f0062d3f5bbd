import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { clustersQuery, occupationPageQuery } from '../data/queries'
import { ALL_CLUSTERS } from '../data/model'
import {
  canonicalSearch,
  occupationSearchSchema,
  pageOf,
  pageStart,
  resolveTableState,
  type OccupationSearch,
} from '../lib/occupation-search'
import { OccupationsView } from '../components/OccupationsView'
import { NotFoundView } from '../components/NotFoundView'
import { RouteErrorView } from '../components/RouteErrorView'

export const Route = createFileRoute('/clusters/$code')({
  validateSearch: occupationSearchSchema,
  loaderDeps: ({ search }) => search,
  // One URL per view: junk values, defaults and mid-page starts are rewritten in place.
  beforeLoad: ({ params, search, location }) => {
    const canonical = canonicalSearch(params.code, resolveTableState(params.code, search))
    if (searchString(canonical) !== sortedSearchString(location.searchStr)) {
      throw redirect({ to: '/clusters/$code', params, search: canonical, replace: true })
    }
  },
  loader: async ({ context: { queryClient }, params: { code }, deps }) => {
    // Both requests at once, not one after the other: a pasted link costs one round trip, not two.
    const page = queryClient.query(occupationPageQuery(code, resolveTableState(code, deps)))
    // An unknown code's page request fails as expected; the not-found view answers it instead.
    page.catch(() => undefined)
    const clusters = await queryClient.query(clustersQuery())
    if (code !== ALL_CLUSTERS && !clusters.some((c) => c.code === code)) throw notFound()
    await page
  },
  component: ClusterPage,
  notFoundComponent: ClusterNotFound,
  errorComponent: RouteErrorView,
})

function ClusterPage() {
  const { code } = Route.useParams()
  const state = resolveTableState(code, Route.useSearch())
  const navigate = Route.useNavigate()
  const { data: clusters } = useSuspenseQuery(clustersQuery())
  const { data: page } = useSuspenseQuery(occupationPageQuery(code, state))
  const cluster = clusters.find((c) => c.code === code)
  return (
    <OccupationsView
      clusterCode={code}
      listTitle={cluster?.title ?? 'All Career Clusters'}
      page={page}
      state={state}
      onSortChange={(sort) => void navigate({ search: canonicalSearch(code, { ...state, sort, start: 1 }) })}
      onPageSizeChange={(pageSize) =>
        void navigate({
          search: canonicalSearch(code, {
            ...state,
            pageSize,
            start: pageStart(pageOf(state.start, pageSize), pageSize),
          }),
        })
      }
    />
  )
}

function ClusterNotFound() {
  const { code } = Route.useParams()
  return (
    <NotFoundView
      message={`There is no Career Cluster with the code “${code}”. It may be an old or mistyped link.`}
    />
  )
}

function searchString(search: OccupationSearch): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) if (value !== undefined) params.set(key, String(value))
  params.sort()
  return params.toString()
}

function sortedSearchString(raw: string): string {
  const params = new URLSearchParams(raw)
  params.sort()
  return params.toString()
}
