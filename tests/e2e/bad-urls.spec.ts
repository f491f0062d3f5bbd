import {
  EXPECTED_FAILURE_LOGS,
  FINANCE,
  SITE_NAME,
  caption,
  expect,
  occupationTable,
  pagination,
  test,
  waitForView,
} from './fixtures'

test('an unknown cluster shows a not-found view with a way back', async ({ page }) => {
  await page.goto('/clusters/999999')
  await waitForView(page, 'Page not found')
  await expect(page).toHaveTitle(`Page not found · ${SITE_NAME}`)
  await expect(page.getByRole('main')).toContainText('999999')
  await expect(page.getByRole('table')).toHaveCount(0)

  await page.getByRole('main').getByRole('link', { name: 'Browse all Career Clusters' }).click()
  await expect(page).toHaveURL('/')
  await waitForView(page, 'Explore careers by Career Cluster')
})

test('an unknown address shows the not-found view', async ({ page }) => {
  await page.goto('/no/such/page')
  await waitForView(page, 'Page not found')
  await expect(page.getByRole('main').getByRole('link', { name: 'Browse all Career Clusters' })).toBeVisible()
})

test('junk search params are rewritten to the defaults and page 1 is shown', async ({ page }) => {
  await page.goto(`/clusters/${FINANCE.code}?sort=bogus&start=abc`)
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await expect(page.getByRole('columnheader', { name: 'Sub-cluster' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  await expect(pagination(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')

  // Other junk: negative start, unknown page size, explicit defaults, unknown keys.
  await page.goto(`/clusters/${FINANCE.code}?start=-5&size=7&sort=pathway`)
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
})

test('a start in the middle of a page snaps to the start of that page', async ({ page }) => {
  await page.goto(`/clusters/${FINANCE.code}?sort=name&start=25`)
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=name&start=21`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 21, 40, FINANCE.total))

  await page.goto(`/clusters/${FINANCE.code}?start=30&size=50`)
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?size=50`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 50, FINANCE.total))
})

test('a page past the end says so and links to the last page', async ({ page }) => {
  await page.goto(`/clusters/${FINANCE.code}?start=201`)
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?start=201`)
  await expect(page.getByRole('heading', { name: 'This page is past the end of the list' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(`${FINANCE.title} has ${FINANCE.total} occupations`)
  await expect(page).toHaveTitle(`${FINANCE.title}: page not found · ${SITE_NAME}`)
  await expect(page.getByRole('table')).toHaveCount(0)

  await page.getByRole('link', { name: 'Go to the last page (page 3)' }).click()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?start=41`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 41, 53, FINANCE.total))
  await expect(pagination(page).getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page')

  await page.goBack()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?start=201`)
  await page.getByRole('link', { name: 'Go to the first page' }).click()
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
})

test.describe('when the data cannot be loaded', () => {
  // The browser logs the failed requests and React the error its boundary caught: that is the scenario.
  test.use({ allowedConsoleErrors: EXPECTED_FAILURE_LOGS })

  test('an error view explains it and Try again recovers', async ({ page }) => {
    // The client retries network failures with backoff before giving up.
    test.setTimeout(60_000)
    const clusterFile = `**/data/clusters/${FINANCE.code}.json`
    let aborted = 0
    await page.route(clusterFile, (route) => {
      aborted++
      return route.abort('failed')
    })

    await page.goto(`/clusters/${FINANCE.code}`)
    const alert = page.getByRole('alert')
    await expect(alert).toBeVisible({ timeout: 20_000 })
    await expect(alert).toHaveText(/try again/i)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t load this page')
    await expect(page).toHaveTitle(`Could not load occupations · ${SITE_NAME}`)
    // The site chrome and a way out stay available.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to all Career Clusters' })).toBeVisible()
    expect(aborted, 'requests for the cluster file before giving up').toBeGreaterThanOrEqual(1)

    await page.unroute(clusterFile)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total), {
      timeout: 15_000,
    })
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  })

  test('a server error on the cluster list shows the error view on the grid', async ({ page }) => {
    test.setTimeout(60_000)
    await page.route('**/data/clusters.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }))
    await page.goto('/')
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()

    await page.unroute('**/data/clusters.json')
    await page.getByRole('button', { name: 'Try again' }).click()
    await waitForView(page, 'Explore careers by Career Cluster')
  })
})
