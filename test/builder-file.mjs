// The builder opened straight from disk (file://), as from the unzipped release: it must draw the preview and
// write a snippet with no page error. (The browser tests serve it over http, so they cannot check this.)
// Needs `npm run build` first. Usage: node test/builder-file.mjs
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from './support/chromium.mjs';

const builder = pathToFileURL(fileURLToPath(new URL('../examples/builder.html', import.meta.url)));
const browser = await puppeteer.launch({
  executablePath: chromePath() ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags,
});
const page = await browser.newPage();
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
// From disk a page may not fetch files: the English text behind "Learn more" and in sections (locales/en.json)
// cannot load there, which the README says; any other error counts.
const fromDisk = (m) => /\/locales\/en\.json\b/.test(`${m.location()?.url ?? ''} ${m.text()}`);
page.on('console', (m) => m.type() == 'error' && !fromDisk(m) && problems.push(`console error: ${m.text()}`));
await page.goto(`${builder}#name=Maya&booking=mayabodywork.com/book&st=Parking&sb=Behind+the+house`, {
  waitUntil: 'load',
});
try {
  await page.waitForFunction(() => document.documentElement.dataset.state, { timeout: 20000 });
  const seen = await page.evaluate(() => ({
    snippet: document.querySelector('#snippet').value,
    widgets: [...document.querySelectorAll('#preview > *')]
      .filter((e) => e.shadowRoot?.textContent.trim())
      .map((e) => e.localName),
    problem: document.querySelector('#problem').hidden ? '' : document.querySelector('#problem').textContent,
  }));
  if (seen.widgets.length != 3) problems.push(`preview shows ${seen.widgets.join(', ') || 'no widget'}`);
  if (!seen.snippet.includes('booking-url="https://mayabodywork.com/book"'))
    problems.push('snippet lacks the mended booking link');
  if (!seen.snippet.includes('<summary>Parking</summary>')) problems.push('snippet lacks the added section');
  if (seen.problem) problems.push(`the builder says: ${seen.problem}`);
} catch (error) {
  problems.push(String(error.message ?? error).split('\n')[0]);
}
await browser.close();
for (const p of problems) console.log(`     ${p}`);
console.log(`builder from file://: ${problems.length ? 0 : 1} passed, ${problems.length ? 1 : 0} failed`);
process.exit(problems.length ? 1 : 0);
