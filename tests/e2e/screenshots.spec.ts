import path from 'node:path'
import { VIEWS, expect, test } from './fixtures'

// Not a visual-regression suite: full-page pictures of every view for a person to look at.
// They land in test-results/screenshots/ (gitignored), e.g. cluster-375-light.png.

const WIDTHS = [375, 1280] as const
const SCHEMES = ['light', 'dark'] as const

test.describe('screenshots of every view', () => {
  for (const view of VIEWS) {
    test.describe(() => {
      test.use({ allowedConsoleErrors: view.expectedConsoleErrors ?? null })
      test(view.name, async ({ page }, testInfo) => {
        test.setTimeout(60_000)
        await view.setup?.(page)
        await page.setViewportSize({ width: WIDTHS[0], height: 812 })
        await page.goto(view.path)
        await view.ready(page)
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width < 640 ? 812 : 900 })
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme })
            expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
              colorScheme === 'dark',
            )
            const file = path.join(
              testInfo.project.outputDir,
              'screenshots',
              `${view.name}-${width}-${colorScheme}.png`,
            )
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
          }
        }
      })
    })
  }
})
