import {
  FINANCE,
  MARKETING,
  caption,
  expect,
  occupationTable,
  pagination,
  recordDataRequests,
  test,
  waitForView,
} from './fixtures'

test('paging and going Back reuse the loaded cluster: no new request', async ({ page }) => {
  const requests = recordDataRequests(page)
  await page.goto(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  expect(requests, 'first load').toEqual(['/data/clusters.json', `/data/clusters/${FINANCE.code}.json`])
  const afterFirstLoad = requests.length

  await pagination(page).getByRole('link', { name: 'Next' }).click()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 21, 40, FINANCE.total))
  const afterPage2 = requests.length

  await page.goBack()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  expect(requests.slice(afterPage2), 'requests made by going Back').toEqual([])
  // Every page and sort of a cluster comes from its one file.
  expect(requests.slice(afterFirstLoad), 'requests made by paging').toEqual([])
})

test('revisiting a cluster from the grid makes no new request', async ({ page }) => {
  const requests = recordDataRequests(page)
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')

  await page.getByRole('link', { name: new RegExp(`^${FINANCE.title}`) }).click()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters' }).click()
  await waitForView(page, 'Explore careers by Career Cluster')
  await page.getByRole('link', { name: new RegExp(`^${MARKETING.title}`) }).click()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(MARKETING.title, 1, 20, MARKETING.total))
  const loaded = [...requests]
  expect(loaded).toEqual(
    expect.arrayContaining([
      '/data/clusters.json',
      `/data/clusters/${FINANCE.code}.json`,
      `/data/clusters/${MARKETING.code}.json`,
    ]),
  )

  // Back to the grid and into the first cluster again, by link and by history.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters' }).click()
  await waitForView(page, 'Explore careers by Career Cluster')
  await page.getByRole('link', { name: new RegExp(`^${FINANCE.title}`) }).click()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await page.goBack()
  await waitForView(page, 'Explore careers by Career Cluster')
  await page.goBack()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(MARKETING.title, 1, 20, MARKETING.total))
  // Hovering a card preloads its cluster, so the grid may fetch a cluster the pointer passed over; but nothing
  // already loaded is fetched again.
  const again = requests.slice(loaded.length).filter((path) => loaded.includes(path))
  expect(again, 'files fetched a second time').toEqual([])
  expect(requests, 'no file fetched twice').toEqual([...new Set(requests)])
})
