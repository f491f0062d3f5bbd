// MSW server for the data-layer tests: every request must be answered by a handler the test declares.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

export const ONET_TEST_BASE = 'https://onet.test/ws/'

/** Starts an MSW server for the calling test file and resets its handlers after each test. */
export function setupOnetTestServer() {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}
