import type { Page } from '@playwright/test'
import { test, expect, FINANCE, MARKETING, caption, occupationTable, waitForView } from './fixtures'

/** Watches the page for the loading indicator, so a test can tell whether it ever flashed. */
async function watchForLoadingIndicator(page: Page) {
  await page.evaluate(() => {
    const seen = { loading: false }
    ;(window as unknown as { __seen: typeof seen }).__seen = seen
    new MutationObserver(() => {
      if (document.querySelector('[role="status"]')?.textContent?.includes('Loading')) seen.loading = true
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { __seen: { loading: boolean } }).__seen.loading)
}

test('a slow load shows a loading state, then the table', async ({ page }) => {
  await page.route(`**/data/clusters/${FINANCE.code}.json`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await route.continue()
  })
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  await page.getByRole('link', { name: new RegExp(FINANCE.title) }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0)
})

test('a fast load never flashes the loading state', async ({ page }) => {
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  const sawLoading = await watchForLoadingIndicator(page)
  await page.getByRole('link', { name: new RegExp(MARKETING.title) }).click()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(MARKETING.title, 1, 20, MARKETING.total))
  await page.getByRole('button', { name: 'Occupation', exact: true }).click()
  await expect(page).toHaveURL(`/clusters/${MARKETING.code}?sort=name`)
  expect(await sawLoading(), 'loading indicator shown during a fast load').toBe(false)
})
