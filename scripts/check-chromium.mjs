// Fails early, in plain words, when the browser tests have no Chromium to drive.
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(
    `\nNo Chromium found at ${path}.\n` +
      "The browser tests drive Debian's Chromium. Install it with:\n" +
      '  sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at another Chromium or Chrome binary.\n',
  )
  process.exit(1)
}
