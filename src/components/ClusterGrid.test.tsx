import { expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider, createMemoryHistory, createRootRoute, createRouter } from '@tanstack/react-router'
import { ClusterGrid } from './ClusterGrid'
import { requests, serveDatasetForEachTest } from '../test/dataset-server'
import type { Cluster } from '../data/model'

serveDatasetForEachTest()

function renderGrid(clusters: Cluster[]) {
  const rootRoute = createRootRoute({ component: () => <ClusterGrid clusters={clusters} /> })
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

it('shows the count a listing gives without asking for any occupations', async () => {
  renderGrid([{ code: '030100', title: 'Financial Services', occupationCount: 53 }])
  expect(await screen.findByRole('link', { name: /financial services/i })).toHaveTextContent('53 occupations')
  expect(requests).toEqual([])
})

it('fills in a count the listing lacks (live O*NET) from the cluster’s first page', async () => {
  renderGrid([{ code: '060300', title: 'Marketing & Sales', occupationCount: null }])
  const card = await screen.findByRole('link', { name: /marketing & sales/i })
  await waitFor(() => expect(card).toHaveTextContent('34 occupations'))
  expect(requests).toContain('/data/clusters/060300.json')
})
