import { createFileRoute } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { clustersQuery } from '../data/queries'
import { ClusterGrid } from '../components/ClusterGrid'
import { ViewHeading } from '../components/ViewHeading'
import { OnetCreditLine } from '../components/OnetCredit'
import { RouteErrorView } from '../components/RouteErrorView'

export const Route = createFileRoute('/')({
  loader: ({ context }) => context.queryClient.query(clustersQuery()),
  component: ClustersPage,
  errorComponent: RouteErrorView,
})

function ClustersPage() {
  const { data: clusters } = useSuspenseQuery(clustersQuery())
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <ViewHeading title="Career Clusters">Explore careers by Career Cluster</ViewHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          A Career Cluster is a group of jobs that use similar skills. Pick one to see its occupations, which
          ones are growing, and which ones help the environment.
        </p>
      </div>
      <ClusterGrid clusters={clusters} />
      <OnetCreditLine />
    </div>
  )
}
