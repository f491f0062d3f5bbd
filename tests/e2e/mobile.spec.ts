import type { Page } from '@playwright/test'
import { FINANCE, expect, occupationTable, pagination, test, waitForView } from './fixtures'

test.use({ viewport: { width: 375, height: 812 } })

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth, `page width ${scrollWidth}px fits the ${innerWidth}px viewport`).toBeLessThanOrEqual(
    innerWidth,
  )
}

/** The table's scroll container: the focusable region named by the table's caption. */
function tableRegion(page: Page) {
  return page.getByRole('region').filter({ has: page.getByRole('table') })
}

test('the cluster grid fits a 375 px screen', async ({ page }) => {
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  await expectNoSidewaysScroll(page)
})

test('the cluster grid and a cluster table fit the narrowest phone, 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')
  await expectNoSidewaysScroll(page)
  await page.goto(`/clusters/${FINANCE.code}`)
  await expect(occupationTable(page)).toBeVisible()
  await expectNoSidewaysScroll(page)
  // On phones the code moves under the title, so every column shows without scrolling the table.
  const fits = await tableRegion(page).evaluate((el) => el.scrollWidth <= el.clientWidth)
  expect(fits, 'the table fits its box').toBe(true)
})

for (const path of [`/clusters/${FINANCE.code}`, '/clusters/all']) {
  test(`${path} fits a 375 px screen and its table scrolls inside its own box`, async ({ page }) => {
    await page.goto(path)
    await expect(occupationTable(page)).toBeVisible()
    await expectNoSidewaysScroll(page)

    const region = tableRegion(page)
    await expect(region).toHaveCount(1)
    const box = await region.boundingBox()
    expect(box, 'table container box').not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(375)
    expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto')
    // The caption says what the table holds: its visible copy must be readable without scrolling sideways.
    const visibleCaption = page
      .locator('p[aria-hidden="true"]')
      .filter({ hasText: / of [\d,]+ occupations$/ })
    await expect(visibleCaption).toBeVisible()
    const captionBox = await visibleCaption.boundingBox()
    expect(captionBox, 'visible caption box').not.toBeNull()
    expect(
      captionBox!.x + captionBox!.width,
      'right edge of the caption vs. the table container',
    ).toBeLessThanOrEqual(box!.x + box!.width)

    // If the table is wider than the screen, the container (not the page) scrolls.
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }))
    if (scrollWidth > clientWidth) {
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      expect(await page.evaluate(() => window.scrollX), 'page stays put').toBe(0)
      await expectNoSidewaysScroll(page)
    }

    // Still usable: a sort button and the pagination work at this size.
    await page.getByRole('button', { name: 'Occupation', exact: true }).click()
    await expect(page.getByRole('columnheader', { name: 'Occupation' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await pagination(page).getByRole('link', { name: 'Next' }).click()
    await expect(occupationTable(page)).toHaveAccessibleName(/: 21–40 of/)
    await expectNoSidewaysScroll(page)
  })
}

test('the about page fits a 375 px screen', async ({ page }) => {
  await page.goto('/about')
  await waitForView(page, 'About the data')
  await expectNoSidewaysScroll(page)
})
