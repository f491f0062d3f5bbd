import { createFileRoute } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { dataMode, datasetIndexQuery } from '../data/queries'
import { ViewHeading } from '../components/ViewHeading'
import { OnetCreditFull } from '../components/OnetCredit'
import { ExternalLink } from '../components/ExternalLink'
import { RouteErrorView } from '../components/RouteErrorView'
import { ScrollRegion } from '../components/ScrollRegion'
import { formatCount } from '../lib/format'

export const Route = createFileRoute('/about')({
  loader: ({ context }) => context.queryClient.query(datasetIndexQuery()),
  component: AboutPage,
  errorComponent: RouteErrorView,
})

function AboutPage() {
  const { data: index } = useSuspenseQuery(datasetIndexQuery())
  const { provenance } = index
  return (
    <article className="max-w-3xl space-y-6">
      <ViewHeading title="About the data">About the data</ViewHeading>
      <p>
        {dataMode === 'live'
          ? 'This site shows live data from O*NET Web Services. The notes below describe the bundled copy it falls back on.'
          : 'This site is showing its bundled copy of the data, built from files that O*NET and Advance CTE publish. It works without an internet connection to O*NET. A site connected to O*NET Web Services shows O*NET’s own, current lists instead.'}
      </p>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">What is approximate</h2>
        <ul className="list-disc space-y-1 pl-6">
          {provenance.approximations.map((note) => (
            <li key={note}>{note}</li>
          ))}
          <li>
            The cluster page groups the 14 clusters the way the framework does (its six groupings, which
            O*NET’s cluster codes mirror in their first two digits). The group names, cluster descriptions and
            icons are ours.
          </li>
          <li>
            Occupation descriptions are not part of this copy; each occupation links to its full page on O*NET
            OnLine.
          </li>
        </ul>
      </section>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">What the bundled copy holds</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{formatCount(provenance.counts.clusters)} Career Clusters</li>
          <li>{formatCount(provenance.counts.subClusters)} Sub-Clusters</li>
          <li>
            {formatCount(provenance.counts.occupations)} occupations
            {provenance.counts.occupationsWithoutCluster > 0 &&
              `, of which ${formatCount(provenance.counts.occupationsWithoutCluster)} are in no cluster`}
          </li>
          <li>{formatCount(provenance.counts.links)} links between occupations and clusters</li>
        </ul>
      </section>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Where it comes from</h2>
        <ScrollRegion labelledBy="sources-caption">
          <table className="w-full text-left text-sm">
            <caption id="sources-caption" className="py-2 text-left font-semibold">
              Source files and releases
            </caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-4">
                  File
                </th>
                <th scope="col" className="py-2 pr-4">
                  What it is
                </th>
                <th scope="col" className="py-2 pr-4">
                  Release
                </th>
                <th scope="col" className="py-2">
                  Rows
                </th>
              </tr>
            </thead>
            <tbody>
              {provenance.builtFrom.map((source) => (
                <tr key={source.file} className="border-b border-slate-200 align-top dark:border-slate-700">
                  <th scope="row" className="py-2 pr-4 font-mono text-xs font-normal break-all">
                    {source.file}
                  </th>
                  <td className="py-2 pr-4">{source.description}</td>
                  <td className="py-2 pr-4">{source.edition}</td>
                  <td className="py-2">{formatCount(source.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Credit and licences</h2>
        <OnetCreditFull />
        <p>
          O*NET data is licensed under{' '}
          <ExternalLink href="https://creativecommons.org/licenses/by/4.0/" className="underline">
            CC BY 4.0
          </ExternalLink>
          . Occupation titles link to their pages on{' '}
          <ExternalLink href="https://www.onetonline.org/" className="underline">
            O*NET OnLine
          </ExternalLink>
          , where you can read full descriptions.
        </p>
      </section>
    </article>
  )
}
