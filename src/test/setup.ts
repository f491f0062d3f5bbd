import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Loading a cluster file can take over a second on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no scrollTo; the router calls it on navigation.
if (typeof window !== 'undefined') window.scrollTo = vi.fn() as unknown as typeof window.scrollTo

// A console.error during a test is a bug the user could hit: fail the test (epic-stack discipline).
let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})
afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]?.map(String).join(' ')
    throw new Error(`console.error was called ${consoleErrors.length} time(s): ${first}`)
  }
})
