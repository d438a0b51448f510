// Where Chromium is and how to start it here (as root, offline): shared by the test runner, Storybook's smoke test and the benchmark.
import { existsSync } from 'node:fs';

/** Headless flags that keep Chromium off the network and working as root. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** CHROME_PATH, then the usual places; undefined when there is none. */
export const chromePath = () => candidates.find((p) => p && existsSync(p));
