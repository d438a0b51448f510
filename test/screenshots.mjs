// Screenshot tests (Chromium): the builder at 375 and 1280 px, and each widget's "All states" story in light and
// dark, compared with the reference images in test/support/screenshots/ (a small tolerance for anti-aliasing).
// Usage: node test/screenshots.mjs [--update] [--no-build] [--grep TEXT]
//   --update   writes new reference images instead of comparing (`npm run screenshots:update`): do it on purpose,
//              after a change to how the widgets or the builder look, and review the images before committing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from './support/chromium.mjs';
import { contentType } from './support/content-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const refs = join(root, 'test/support/screenshots');
const diffs = join(root, 'test/support/screenshots/diff');
const args = process.argv.slice(2);
const update = args.includes('--update');
const grep = args.includes('--grep') ? args[args.indexOf('--grep') + 1] : '';
/** Share of pixels allowed to differ (after pixelmatch's per-pixel colour threshold). */
const tolerance = 0.0001;

if (!args.includes('--no-build')) {
  for (const script of ['build', 'build-storybook']) {
    const built = spawnSync('npm', ['run', script, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`screenshots: npm run ${script} failed`);
  }
}

const shots = [
  { name: 'builder-375', path: '/examples/builder.html', width: 375 },
  { name: 'builder-1280', path: '/examples/builder.html', width: 1280 },
  ...['explainer-card', 'what-to-expect', 'emotion-checklist'].flatMap((w) =>
    ['light', 'dark'].map((theme) => ({
      name: `${w}-all-states-${theme}`,
      path: `/storybook-static/iframe.html?id=widgets-${w}--all-states&viewMode=story&globals=theme:${theme};a11y.manual:!true`,
      width: 1280,
    })),
  ),
].filter((s) => s.name.includes(grep));

const served = ['examples', 'dist', 'storybook-static'].map((d) => join(root, d) + sep);
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
  if (!served.some((d) => file.startsWith(d)) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': contentType(extname(file)) }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// Same pixels on every run: one scale, no LCD or hinting differences, no caret blink, no motion.
const browser = await puppeteer.launch({
  executablePath: chromePath() ?? '/usr/bin/chromium',
  headless: true,
  args: [
    ...chromiumFlags,
    '--force-device-scale-factor=1',
    '--font-render-hinting=none',
    '--disable-lcd-text',
    '--hide-scrollbars',
  ],
});
// No motion; and every widget painted: Chromium skips painting widgets far from the screen (content-visibility: auto),
// which a reader, who sees a widget only once it is on screen, never sees, but a full-page image would.
const still =
  '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}' +
  'ser-explainer-card,ser-what-to-expect,ser-emotion-checklist{content-visibility:visible!important}';

async function capture(shot) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
  await page.setBypassCSP(true); // only so the no-motion style below can be added to the builder's page
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.goto(origin + shot.path, { waitUntil: 'load' });
  await page.addStyleTag({ content: still });
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter(
        (e) => e.localName.startsWith('ser-') && e.localName != 'ser-provider',
      );
      return els.length > 0 && els.every((e) => e.shadowRoot?.textContent?.trim());
    },
    { timeout: 60000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ser-'));
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => setTimeout(r, 300));
    document.activeElement?.blur?.();
    // The drop-in's hash changes with every build: as many x's in its place, so a code change alone moves no pixel.
    const snippet = document.querySelector('#snippet');
    if (snippet)
      snippet.value = snippet.value.replace(
        /(sha(?:256|384|512)-)([A-Za-z0-9+/=]+)/g,
        (_, kind, hash) => kind + 'x'.repeat(hash.length),
      );
  });
  const png = await page.screenshot({ fullPage: true, captureBeyondViewport: true });
  await page.close();
  return { png: Buffer.from(png), problems };
}

let failed = 0;
mkdirSync(refs, { recursive: true });
rmSync(diffs, { recursive: true, force: true });
for (const shot of shots) {
  const { png, problems } = await capture(shot);
  const ref = join(refs, `${shot.name}.png`);
  if (problems.length) console.log(`     page errors: ${problems.join('; ')}`);
  if (update || !existsSync(ref)) {
    writeFileSync(ref, png);
    console.log(`new  ${shot.name}.png`);
    continue;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(ref));
  if (actual.width != expected.width || actual.height != expected.height) {
    failed++;
    mkdirSync(diffs, { recursive: true });
    writeFileSync(join(diffs, `${shot.name}.actual.png`), png);
    console.log(`FAIL ${shot.name}: ${actual.width}x${actual.height}, reference ${expected.width}x${expected.height}`);
    continue;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const share = changed / (actual.width * actual.height);
  if (share > tolerance) {
    failed++;
    mkdirSync(diffs, { recursive: true });
    writeFileSync(join(diffs, `${shot.name}.actual.png`), png);
    writeFileSync(join(diffs, `${shot.name}.diff.png`), PNG.sync.write(diff));
    console.log(
      `FAIL ${shot.name}: ${(share * 100).toFixed(2)}% of pixels differ (see test/support/screenshots/diff/)`,
    );
  } else console.log(`ok   ${shot.name}${changed ? ` (${changed} px within tolerance)` : ''}`);
}
await browser.close();
server.close();
console.log(`screenshots: ${shots.length - failed} passed, ${failed} failed${update ? ' (references written)' : ''}`);
process.exit(failed ? 1 : 0);
