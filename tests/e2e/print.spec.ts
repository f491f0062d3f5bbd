import { test, expect, FINANCE, caption, occupationTable } from './fixtures'

test('printing a cluster page gives the table with its title, date, address and credit, without controls', async ({
  page,
}) => {
  await page.goto(`/clusters/${FINANCE.code}?start=21`)
  await expect(occupationTable(page).locator('caption')).toHaveText(
    caption(FINANCE.title, 21, 40, FINANCE.total),
  )
  await page.emulateMedia({ media: 'print' })

  await expect(page.getByRole('heading', { level: 1, name: FINANCE.title })).toBeVisible()
  const printedFrom = page.getByText(/^Printed .+ from http:\/\/localhost:\d+\/clusters\/030100\?start=21$/)
  await expect(printedFrom).toBeVisible()
  await expect(page.getByRole('cell', { name: '13-2099.00' })).toBeVisible()
  await expect(page.getByText(/This site incorporates information from O\*NET Web Services/)).toBeVisible()
  // Site navigation, pagination and the page-size control are for the screen only.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeHidden()
  await expect(page.getByRole('combobox', { name: /rows per page/i })).toBeHidden()

  await page.emulateMedia({ media: 'screen' })
  await expect(printedFrom).toBeHidden()
})
