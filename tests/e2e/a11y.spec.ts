import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Result } from 'axe-core'
import { FINANCE, VIEWS, expect, test } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/** One readable line per failing element: rule, impact, what to fix, where. */
function describe(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
    ),
  )
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return describe(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
}

test.describe('no serious or critical axe violations', () => {
  for (const view of VIEWS) {
    test.describe(view.name, () => {
      test.use({ allowedConsoleErrors: view.expectedConsoleErrors ?? null })

      for (const colorScheme of ['light', 'dark'] as const) {
        test(colorScheme, async ({ page }) => {
          test.setTimeout(45_000)
          await page.emulateMedia({ colorScheme })
          await view.setup?.(page)
          await page.goto(view.path)
          await view.ready(page)
          expect(await seriousViolations(page), `axe violations on ${view.path}`).toEqual([])
        })
      }
    })
  }

  test('cluster page 2 sorted by name, with a badge tooltip open (light and dark)', async ({ page }) => {
    await page.goto(`/clusters/${FINANCE.code}?sort=name&start=21`)
    await expect(page.getByRole('table')).toBeVisible()
    // Keyboard focus on a Bright Outlook badge opens its tooltip; check it too.
    const badgeWithTip = page.getByRole('table').locator('[aria-describedby]').first()
    if ((await badgeWithTip.count()) > 0) {
      const tipId = await badgeWithTip.getAttribute('aria-describedby')
      await badgeWithTip.focus()
      await expect(page.locator(`[id="${tipId}"]`)).toBeVisible()
    }
    expect(await seriousViolations(page), 'light').toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await seriousViolations(page), 'dark').toEqual([])
  })
})
