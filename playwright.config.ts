import { defineConfig, devices } from '@playwright/test'

// Playwright cannot download browsers here: drive Debian's Chromium (scripts/check-chromium.mjs checks it exists).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const port = 4173
const baseURL = `http://localhost:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Honest results: a flaky test is a bug to fix, not to retry away.
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The npm script builds first ("vite build && playwright test"); this serves that production build.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    // Never test whatever else happens to be on the port: only the build just made.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
