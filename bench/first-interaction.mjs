// `node bench/first-interaction.mjs [--runs=N]` (not a test): the first interaction on a fresh page, native HTML
// against the ser-widgets drop-in, N = 1, CPU 4x slower, in headless Chromium. Each interaction gets its own fresh
// page: a click one second after the widgets rendered (the reader has had time to read), timed two ways: the
// click-to-next-paint timer of bench/pages/common.mjs, and INP from the web-vitals attribution build, as sites do.
// Also the longest task from navigation to rendered, and layout shift, at N = 1 and N = 10. Prints a Markdown table; writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from '../test/support/chromium.mjs';
import { content, page as shell } from './pages/common.mjs';
import native from './pages/native.mjs';
import ser from './pages/ser.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const RATE = 4;
// --long-only: only the load figures (longest task, layout shift), for quick comparisons of two builds.
const longOnly = process.argv.includes('--long-only');
const { en } = await import(pathToFileURL(join(root, 'dist/esm/i18n/en.js')).href);
const m = content(en);
const vitals = readFileSync(join(root, 'node_modules/web-vitals/dist/web-vitals.attribution.iife.js'));

// INP as a site would collect it, every change reported; the smallest threshold so fast interactions count too.
const inp = `<script src="/web-vitals.js"></script><script>
webVitals.onINP((m) => (window.__inp = { value: m.value, target: m.attribution.interactionTarget,
  input: m.attribution.inputDelay, processing: m.attribution.processingDuration, presentation: m.attribution.presentationDelay }),
  { reportAllChanges: true, durationThreshold: 16 });
</script>`;

const inShadow = (tag, sel) => `document.querySelector('${tag}').shadowRoot.querySelector('${sel}')`;
/** What a reader clicks first, per page; null where the page has no such control. */
const targets = {
  native: {
    tick: `document.querySelector('input[type=checkbox]')`,
    toggle: `document.querySelector('details[id] > summary')`,
    'learn more': `document.querySelector('article details > summary')`,
    'show all': null,
  },
  ser: {
    tick: inShadow('ser-emotion-checklist', 'input[type=checkbox]'),
    toggle: inShadow('ser-what-to-expect', 'button[aria-expanded]'),
    'learn more': inShadow('ser-explainer-card', 'button[aria-expanded]'),
    'show all': inShadow('ser-what-to-expect', '[part=toggle-all]'),
  },
};
const libs = { native, ser };

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = decodeURIComponent(url.pathname);
  let body;
  let type = types[extname(path)] ?? 'text/html';
  const p = path.match(/^\/p\/(native|ser)$/);
  if (path == '/blank') body = '<!doctype html><title>blank</title>';
  else if (path == '/web-vitals.js') body = vitals;
  else if (p) {
    const lib = libs[p[1]];
    body = shell({
      head: inp + lib.head,
      body: lib.widgets(m, Number(url.searchParams.get('n') ?? 1)),
      ready: lib.ready,
    });
  } else {
    const file = join(root, normalize(path));
    if ((file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'bench/pages'))) && existsSync(file))
      body = readFileSync(file);
  }
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromiumFlags });
const version = await browser.version();
const observers = () => {
  window.__done = new Promise((r) => (window.__rendered = r));
  window.__lt = [];
  window.__cls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => e.hadRecentInput || (window.__cls += e.value))).observe({
    type: 'layout-shift',
    buffered: true,
  });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lt.push([e.startTime, e.duration]))).observe({
    type: 'longtask',
    buffered: true,
  });
};

/** One fresh context and page load at 4x; clicks `what` a second after rendering, or only times the load. */
async function visit(lib, n, what) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(`${origin}/blank`);
    await page.evaluateOnNewDocument(observers);
    await page.goto(`${origin}/p/${lib}?n=${n}`, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__done');
    const { painted } = await page.evaluate('window.__bench');
    const out = {
      longest: Math.max(0, ...(await page.evaluate('window.__lt')).filter(([t]) => t < painted).map(([, d]) => d)),
    };
    if (!what) {
      await page.evaluate('new Promise((r) => setTimeout(r, 1000))');
      out.cls = await page.evaluate('window.__cls');
      return out;
    }
    await page.evaluate('new Promise((r) => setTimeout(r, 1000))');
    const el = (
      await page.evaluateHandle(
        `(() => { const e = ${targets[lib][what]}; e.scrollIntoView({ block: 'center' }); return e; })()`,
      )
    ).asElement();
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const box = await el.boundingBox();
    await page.evaluate('window.__click = new Promise((r) => (window.__clicked = r)), window.__lt = [], 0');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate('window.__click');
    await page.evaluate('new Promise((r) => setTimeout(r, 300))');
    out.paint = await page.evaluate('window.__clicks[0]');
    out.inp = await page.evaluate('window.__inp?.value');
    out.detail = await page.evaluate('window.__inp');
    out.taskAfterClick = Math.max(0, ...(await page.evaluate('window.__lt')).map(([, d]) => d));
    return out;
  } finally {
    await ctx.close();
  }
}

const samples = {};
const add = (k, v) => v != null && (samples[k] ||= []).push(v);
const load0 = loadavg()[0];
for (let r = 0; r < RUNS; r++)
  for (const lib of Object.keys(libs)) {
    for (const what of Object.keys(targets[lib])) {
      if (!targets[lib][what] || longOnly) continue;
      const o = await visit(lib, 1, what);
      add(`${lib}|${what}|paint`, o.paint);
      add(`${lib}|${what}|inp`, o.inp);
      add(`${lib}|${what}|task`, o.taskAfterClick);
    }
    for (const n of [1, 10]) {
      const o = await visit(lib, n);
      add(`${lib}|long|${n}`, o.longest);
      add(`${lib}|cls|${n}`, o.cls);
    }
    process.stdout.write(`\r  run ${r + 1}/${RUNS}`);
  }
await browser.close();
server.close();

const med = (k) => {
  const a = [...(samples[k] ?? [])].sort((x, y) => x - y);
  return a.length ? a[Math.floor((a.length - 1) / 2)] : undefined;
};
const ms = (v) => (v == null ? '—' : `${Math.round(v)}`);
const ratio = (a, b) => (a == null || b == null || !b ? '' : ` (${(a / b).toFixed(2)}×)`);
console.log(
  `\n\nChromium ${version}, CPU ${RATE}x slower, ${RUNS} runs, load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}.\n`,
);
console.log('| First interaction, N = 1, CPU 4x slower (median) | native HTML | ser-widgets |');
console.log('| --- | ---: | ---: |');
for (const what of Object.keys(targets.ser)) {
  // Native HTML has no "show all": its reference is its own first toggle.
  const ref = targets.native[what] ? what : 'toggle';
  for (const [k, label] of [
    ['paint', 'click → next paint'],
    ['inp', 'INP (web-vitals)'],
    ['task', 'longest task after the click'],
  ]) {
    const a = med(`native|${ref}|${k}`);
    const b = med(`ser|${what}|${k}`);
    console.log(`| ${what}: ${label} (ms) | ${ms(a)}${ref != what ? ' (toggle)' : ''} | ${ms(b)}${ratio(b, a)} |`);
  }
}
for (const n of [1, 10]) {
  const a = med(`native|long|${n}`);
  const b = med(`ser|long|${n}`);
  console.log(`| longest task until rendered, N = ${n} (ms) | ${ms(a)} | ${ms(b)}${ratio(b, a)} |`);
}
const worst = (k) => Math.max(0, ...(samples[k] ?? []));
for (const n of [1, 10])
  console.log(
    `| layout shift until rendered + 1 s, N = ${n} (worst run) | ${worst(`native|cls|${n}`).toFixed(4)} | ${worst(`ser|cls|${n}`).toFixed(4)} |`,
  );
