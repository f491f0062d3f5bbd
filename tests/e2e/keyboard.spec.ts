import type { Locator, Page } from '@playwright/test'
import { FINANCE, caption, expect, occupationTable, pagination, test, waitForView } from './fixtures'

/** Presses Tab until `target` has focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${max} presses`)
}

function liveRegion(page: Page) {
  return page.locator('[aria-live="polite"]')
}

/** After a sort from the keyboard: the URL, the sorted header, focus left on the button, the announcement. */
async function expectSortedBy(page: Page, button: Locator, sort: string, column: string) {
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=${sort}`)
  await expect(page.getByRole('columnheader', { name: column })).toHaveAttribute('aria-sort', 'ascending')
  await expect(button).toBeFocused()
  await expect(liveRegion(page)).toHaveText(
    `Sorted by ${column}. Showing 1–20 of ${FINANCE.total} occupations.`,
  )
}

test('keyboard only: skip link, cluster link, sort, paging, announcements', async ({ page }) => {
  await page.goto('/')
  await waitForView(page, 'Explore careers by Career Cluster')

  // The skip link is the first stop, and it becomes visible when focused.
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab lands inside main, past the header: on the first cluster card.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused()

  const clusterLink = page.getByRole('link', { name: new RegExp(`^${FINANCE.title}`) })
  await tabTo(page, clusterLink)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}`)
  await expect(page.getByRole('heading', { level: 1, name: FINANCE.title })).toBeFocused()
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 20, FINANCE.total))

  // Enter on a sort button sorts; focus stays on the button.
  const byOccupation = page.getByRole('button', { name: 'Occupation', exact: true })
  await tabTo(page, byOccupation)
  await page.keyboard.press('Enter')
  await expectSortedBy(page, byOccupation, 'name', 'Occupation')

  // Space works as well.
  const byCode = page.getByRole('button', { name: 'O*NET-SOC code' })
  await page.keyboard.press('Tab')
  await expect(byCode).toBeFocused()
  await page.keyboard.press('Space')
  await expectSortedBy(page, byCode, 'code', 'O*NET-SOC code')

  // Enter on Next pages; focus stays on Next.
  const next = pagination(page).getByRole('link', { name: 'Next' })
  await tabTo(page, next)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=code&start=21`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 21, 40, FINANCE.total))
  await expect(next).toBeFocused()
  await expect(liveRegion(page)).toHaveText(
    `Sorted by O*NET-SOC code. Showing 21–40 of ${FINANCE.total} occupations.`,
  )

  // Paging on to the last page keeps focus on Next, which is then disabled.
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=code&start=41`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 41, 53, FINANCE.total))
  await expect(liveRegion(page)).toHaveText(
    `Sorted by O*NET-SOC code. Showing 41–53 of ${FINANCE.total} occupations.`,
  )
  await expect(next, 'Next keeps focus once it is disabled').toBeFocused()
  await expect(next).toHaveAttribute('aria-disabled', 'true')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?sort=code&start=41`)
})

test('keyboard only: rows per page', async ({ page }) => {
  await page.goto(`/clusters/${FINANCE.code}?start=41`)
  await waitForView(page, FINANCE.title)
  const rowsPerPage = page.getByRole('combobox', { name: 'Rows per page' })
  await tabTo(page, rowsPerPage)
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(`/clusters/${FINANCE.code}?size=50`)
  await expect(occupationTable(page)).toHaveAccessibleName(caption(FINANCE.title, 1, 50, FINANCE.total))
  await expect(rowsPerPage).toBeFocused()
  await expect(rowsPerPage).toHaveValue('50')
})

test('the table box is a Tab stop only when it scrolls sideways', async ({ page }) => {
  const tableBox = page.getByRole('region').filter({ has: page.getByRole('table') })
  const lastHeader = page.getByRole('button', { name: 'Sub-cluster' })

  // Wide screen: the table fits, so Tab goes from the last header straight to the first occupation.
  await page.goto(`/clusters/${FINANCE.code}`)
  await waitForView(page, FINANCE.title)
  await tabTo(page, lastHeader)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /^Accountants and Auditors/ })).toBeFocused()

  // A screen too narrow for the all-clusters table: the box takes focus, and arrow keys scroll it.
  await page.setViewportSize({ width: 300, height: 700 })
  await page.goto('/clusters/all')
  await waitForView(page, 'All Career Clusters')
  const scrolls = await tableBox.evaluate((el) => el.scrollWidth > el.clientWidth)
  expect(scrolls, 'the all-clusters table is wider than a 300 px screen').toBe(true)
  await tabTo(page, tableBox)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => tableBox.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
})
