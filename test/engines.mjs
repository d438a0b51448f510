// Finds the browsers on this machine. Chromium is required; the others run where installed.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--js-flags=--expose-gc',
];

const chromeCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const chromePath = () => chromeCandidates.find((p) => p && existsSync(p));

export async function browsers() {
  const executablePath = chromePath();
  if (!executablePath) {
    console.error(
      'No Chromium found: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeFlags } })];
}
