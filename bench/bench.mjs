// `npm run bench` (not a test): the same content rendered four ways in headless Chromium — native HTML, Shoelace 2,
// GOV.UK Frontend and the ser-widgets drop-in — measured alternately, each figure the median of >= 10 runs, at normal
// speed and with the CPU throttled 4x. Prints a table with ratios to native HTML and writes bench/RESULTS.md.
// Options: --runs=N (default 10, at least 10 unless --quick), --quick (2 runs, for trying the harness), --no-write.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromePath, chromiumFlags } from '../test/support/chromium.mjs';
import { bigGroups, content, page as shell } from './pages/common.mjs';
import govuk from './pages/govuk.mjs';
import native from './pages/native.mjs';
import ser, { serLight } from './pages/ser.mjs';
import shoelace from './pages/shoelace.mjs';
import { graph, sizes, BUDGETS } from './size.mjs';
import { contentType, contentTypes } from '../test/support/content-types.mjs';

const root = resolve(import.meta.dirname, '..');
const nm = (p) => join(root, 'node_modules', p);
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const RUNS = quick ? Number(arg('runs') ?? 2) : Math.max(10, Number(arg('runs') ?? 10));
const NS = [1, 10, 100];
const RATES = [1, 4];
const only = arg('only')?.split(',');
const LIBS = [native, shoelace, govuk, ser].filter((l) => !only || only.includes(l.name) || l === native);
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844, isMobile: true, hasTouch: false, deviceScaleFactor: 1 };
const CHROMIUM = process.env.CHROMIUM_PATH || chromePath() || '/usr/bin/chromium';

// ---------------------------------------------------------------- the peers, bundled as a bundler user ships them
async function bundle(code) {
  const entry = '\0bench-entry';
  const b = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
      nodeResolve({ exportConditions: ['production'], browser: true }),
      terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  return Buffer.from(output[0].code);
}

const sl = nm('@shoelace-style/shoelace');
const gv = nm('govuk-frontend/dist/govuk');
console.log('Bundling Shoelace (sl-details, sl-checkbox) and GOV.UK Frontend (Accordion, Checkboxes)…');
const vendor = {
  '/vendor/shoelace.js': await bundle(
    `import '${sl}/dist/components/details/details.js';\nimport '${sl}/dist/components/checkbox/checkbox.js';`,
  ),
  '/vendor/shoelace.css': readFileSync(`${sl}/dist/themes/light.css`),
  '/vendor/govuk.js': await bundle(
    `import { createAll, Accordion, Checkboxes } from '${gv}/all.mjs';\ncreateAll(Accordion);\ncreateAll(Checkboxes);`,
  ),
  '/vendor/govuk.css': readFileSync(`${gv}/govuk-frontend.min.css`),
};

// ---------------------------------------------------------------- content: the English copy, read from the build
const enFile = join(root, 'dist/esm/i18n/en.js');
if (!existsSync(enFile) || !existsSync(join(root, 'dist/ser-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}
const { en } = await import(`${pathToFileURL(enFile).href}?t=${Date.now()}`);
const m = content(en);
const bigList = bigGroups(m, 200);

// The build is read once: a rebuild during the run (other work in the tree) cannot mix two builds into one figure.
const snapshot = new Map(
  ['ser-widgets.js', ...readdirSync(join(root, 'dist/locales')).map((f) => `locales/${f}`)].map((f) => [
    `/dist/${f}`,
    readFileSync(join(root, 'dist', f)),
  ]),
);

const render = (lib, kind, n) => {
  const body = kind == 'checklist' ? lib.checklist(m, bigList) : lib.widgets(m, n);
  const ready = (kind == 'checklist' && lib.readyChecklist) || lib.ready;
  return { html: shell({ head: lib.head, body, ready, htmlAttrs: lib.htmlAttrs, bodyAttrs: lib.bodyAttrs }), body };
};

// ---------------------------------------------------------------- a tiny local server (node:http, no dependency)
const byName = Object.fromEntries([...LIBS, serLight].map((l) => [l.name, l]));
const served = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = decodeURIComponent(url.pathname);
  let body;
  let type = contentType(extname(path));
  const page = path.match(/^\/p\/([\w-]+)\/(widgets|checklist)$/);
  if (path == '/blank') {
    body = Buffer.from('<!doctype html><title>blank</title>');
    type = contentTypes['.html'];
  } else if (page && byName[page[1]]) {
    body = Buffer.from(render(byName[page[1]], page[2], Number(url.searchParams.get('n') ?? 1)).html);
    type = contentTypes['.html'];
  } else if (path == '/examples-unreserved/index.html') {
    // The example page without the README's `:not(:defined)` rules: what the snippet saves in layout shift.
    const sri = `sha384-${createHash('sha384').update(snapshot.get('/dist/ser-widgets.js')).digest('base64')}`;
    body = Buffer.from(
      readFileSync(join(root, 'examples/index.html'), 'utf8')
        .replace(/<style>[^<]*:not\(:defined\)[^<]*<\/style>/g, '')
        .replaceAll('__SRI__', sri),
    );
    type = contentTypes['.html'];
  } else if (vendor[path]) body = vendor[path];
  else if (snapshot.has(path)) body = snapshot.get(path);
  else {
    const mounts = [
      ['/assets/', join(gv, 'assets')],
      ['/bench/pages/', join(root, 'bench/pages')],
      ['/dist/', join(root, 'dist')],
      ['/examples/', join(root, 'examples')],
      ['/examples-unreserved/', join(root, 'examples')],
    ];
    const mount = mounts.find(([p]) => path.startsWith(p));
    const file = mount && join(mount[1], normalize(path.slice(mount[0].length)));
    if (file?.startsWith(mount[1]) && existsSync(file) && !file.endsWith('/')) {
      try {
        body = readFileSync(file);
      } catch {
        /* a directory */
      }
    }
  }
  if (!body) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  served.set(path, body);
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-cache',
    'content-length': body.length,
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// The example page exactly as `npm start` serves it (examples/serve.mjs fills in the integrity hash): started here, ended below.
async function startExampleServer() {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [join(root, 'examples/serve.mjs')], {
    env: { ...process.env, PORT: String(20000 + Math.floor(Math.random() * 20000)) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((res) => {
    let out = '';
    const timer = setTimeout(() => res(undefined), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/localhost:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        res(`http://127.0.0.1:${m[1]}/examples/index.html`);
      }
    });
    child.on('exit', () => res(undefined));
  });
  return { url, stop: () => child.exitCode == null && child.kill() };
}
const exampleServer = existsSync(join(root, 'examples/index.html')) ? await startExampleServer() : undefined;

// ---------------------------------------------------------------- the browser
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumFlags,
});

// Installed before any page script: long tasks and layout shifts, buffered from the start of the navigation.
const observers = () => {
  window.__done = new Promise((r) => (window.__rendered = r));
  window.__lt = [];
  window.__cls = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lt.push([e.startTime, e.duration]))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => e.hadRecentInput || window.__cls.push([e.startTime, e.value])),
  ).observe({ type: 'layout-shift', buffered: true });
};
const frames = (n = 2) =>
  `new Promise((r) => { let k = ${n}; const f = () => (--k ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); })`;
const sleep = (ms) => `new Promise((r) => setTimeout(r, ${ms}))`;

/** CLS as Chromium reports it: the largest session window (gaps under 1 s, at most 5 s long). */
function cls(shifts) {
  let best = 0;
  let cur = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const [t, v] of shifts) {
    if (t - last > 1000 || t - start > 5000) {
      start = t;
      cur = 0;
    }
    cur += v;
    last = t;
    best = Math.max(best, cur);
  }
  return best;
}

/** One fresh browser context (cold cache, its own renderer), one navigation, the figures asked for. */
async function visit(url, { rate = 1, viewport = DESKTOP, heap, click, bytes, lib, settleAll }) {
  const ctx = await browser.createBrowserContext();
  const out = {};
  try {
    const page = await ctx.newPage();
    await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Same-site blank page first: the renderer process is up before the timed navigation (its cache stays cold).
    await page.goto(`${origin}/blank`);
    await page.evaluateOnNewDocument(observers);
    // Main-thread CPU time barely changes when other work slows the machine (wall-clock times do): measured too.
    await cdp.send('Performance.enable');
    const cpu = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    const cpuBefore = await cpu();
    const responses = [];
    if (bytes) {
      page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, type: r.request().resourceType() }));
      await page.coverage.startCSSCoverage();
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    await page.goto(url, { waitUntil: settleAll ? 'load' : 'domcontentloaded', timeout: 120_000 });
    if (settleAll) {
      // The example page: wait for every ser- element there to render, then a second for late shifts.
      const settled = await page.evaluate(`Promise.race([(async () => {
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ser-'));
        await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
        await Promise.all(els.map((e) => e.updateComplete));
        await ${frames(2)};
        await ${sleep(1000)};
        return true;
      })(), ${sleep(30_000)}])`);
      if (!settled) throw new Error('the widgets on the example page did not render within 30 s');
      out.cls = cls(await page.evaluate('window.__cls'));
      out.shifts = (await page.evaluate('window.__cls')).length;
      out.widgets = await page.evaluate(
        `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ser-')).length`,
      );
      return out;
    }
    await page.evaluate(`Promise.race([window.__done, ${sleep(120_000)}])`);
    const err = await page.evaluate('window.__benchError');
    if (err) throw new Error(err);
    const { painted } = await page.evaluate('window.__bench');
    out.rendered = painted;
    const cpuAfter = await cpu();
    const thread = (cpuAfter.ThreadTime - cpuBefore.ThreadTime) * 1000;
    if (thread > 0 && cpuAfter.ProcessTime >= cpuBefore.ProcessTime) out.cpu = thread;
    await page.evaluate(sleep(100)); // lets the long-task observer deliver the last entries
    const lt = (await page.evaluate('window.__lt')).filter(([t]) => t < painted);
    out.longMax = Math.max(0, ...lt.map(([, d]) => d));
    out.longCount = lt.length;
    out.tbt = lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    if (bytes) {
      out.responses = responses;
      out.cssUsed = (await page.coverage.stopCSSCoverage())
        .filter((c) => !new URL(c.url).pathname.startsWith('/p/'))
        .map((c) => c.ranges.map((r) => c.text.slice(r.start, r.end)).join(''))
        .join('');
    }
    if (heap) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      out.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    if (click) {
      const target = await page.evaluateHandle(
        `(() => { const el = ${lib[click]}; el?.scrollIntoView({ block: 'center' }); return el; })()`,
      );
      const el = target.asElement();
      if (!el) throw new Error(`no ${click} target`);
      await page.evaluate(frames(2));
      const box = await el.boundingBox();
      if (!box) throw new Error(`the ${click} target is not visible`);
      const before = await page.evaluate('(window.__clicks || []).length');
      await page.evaluate('window.__click = new Promise((r) => (window.__clicked = r)), 0');
      const c0 = await cpu();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.evaluate(`Promise.race([window.__click, ${sleep(60_000)}])`);
      const c1 = await cpu();
      out.click = await page.evaluate((n) => window.__clicks[n], before);
      out.clickCpu = (c1.ThreadTime - c0.ThreadTime) * 1000;
      out.clickWorked = await page.evaluate(lib[`${click}ed`] ?? lib[click.replace(/e?$/, 'ed')]);
    }
    if (errors.length) out.errors = errors;
    return out;
  } finally {
    await ctx.close();
  }
}

// Interrupted: leave nothing running behind, and write nothing (the figures would be from a partial run).
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    exampleServer?.stop();
    browser.process()?.kill('SIGKILL');
    process.exit(130);
  });

// ---------------------------------------------------------------- the runs, alternating between libraries
const samples = {}; // key -> number[]
const add = (key, v) => v != null && Number.isFinite(v) && (samples[key] ||= []).push(v);
const notes = new Set();
const bytesSeen = {};
const example = exampleServer?.url;
const perRound = RATES.length * (NS.length * LIBS.length + LIBS.length + 1) + (example ? 4 : 0);
const started = Date.now();
const loadBefore = loadavg()[0];
let done = 0;
const tick = (what) => {
  done++;
  const total = perRound * RUNS;
  const eta = ((Date.now() - started) / done) * (total - done);
  process.stdout.write(
    `\r  ${done}/${total} loads, ${Math.round((Date.now() - started) / 1000)} s, about ${Math.round(eta / 1000)} s left — ${what}`.padEnd(
      100,
    ),
  );
};
const attempt = async (what, fn) => {
  try {
    return await fn();
  } catch (e) {
    notes.add(`${what}: ${String(e.message ?? e).split('\n')[0]}`);
  } finally {
    tick(what);
  }
};

console.log(
  `Chromium ${await browser.version()}; ${RUNS} runs of ${perRound} page loads each${example ? '' : ' (examples/index.html is missing or examples/serve.mjs did not start: no CLS figure)'}.`,
);
for (let r = 0; r < RUNS; r++) {
  const order = LIBS.map((_, i) => LIBS[(i + r) % LIBS.length]);
  for (const rate of RATES) {
    for (const n of NS)
      for (const lib of order) {
        const first = r == 0 && rate == 1 && n == 1;
        const res = await attempt(`${lib.name} N=${n} ${rate}x`, () =>
          visit(`${origin}/p/${lib.name}/widgets?n=${n}`, {
            rate,
            lib,
            heap: n == 100,
            click: n == 10 ? 'toggle' : undefined,
            bytes: first,
          }),
        );
        if (!res) continue;
        const k = `${lib.name}|${rate}`;
        add(`${k}|rendered|${n}`, res.rendered);
        add(`${k}|cpu|${n}`, res.cpu);
        add(`${k}|longMax|${n}`, res.longMax);
        add(`${k}|longCount|${n}`, res.longCount);
        add(`${k}|tbt|${n}`, res.tbt);
        add(`${k}|heap|${n}`, res.heap);
        if (res.click != null) {
          if (res.clickWorked) {
            add(`${k}|toggle`, res.click);
            add(`${k}|toggleCpu`, res.clickCpu);
          } else notes.add(`${lib.name}: the accordion toggle did not open the section`);
        }
        if (res.errors) res.errors.forEach((e) => notes.add(`${lib.name} page error: ${e}`));
        if (res.responses) bytesSeen[lib.name] = res;
      }
    for (const lib of [...order, serLight]) {
      const res = await attempt(`${lib.name} 200-item checklist ${rate}x`, () =>
        visit(`${origin}/p/${lib.name}/checklist`, { rate, lib, click: 'tick' }),
      );
      if (!res) continue;
      add(`${lib.name}|${rate}|listRendered`, res.rendered);
      add(`${lib.name}|${rate}|listCpu`, res.cpu);
      if (res.clickWorked) {
        add(`${lib.name}|${rate}|tick`, res.click);
        add(`${lib.name}|${rate}|tickCpu`, res.clickCpu);
      } else notes.add(`${lib.name}: ticking the 100th item did not check it`);
    }
  }
  // Layout shift at 4x only: the slower the CPU, the longer the page is painted before the widgets render.
  if (example)
    for (const [vp, viewport] of [
      ['desktop', DESKTOP],
      ['mobile', MOBILE],
    ])
      for (const rate of [4]) {
        const res = await attempt(`examples/index.html ${vp} ${rate}x`, () =>
          visit(example, { rate, viewport, settleAll: true }),
        );
        if (res) {
          add(`example|${rate}|cls|${vp}`, res.cls);
          add('example|widgets', res.widgets);
        }
      }
  if (example)
    for (const [vp, viewport] of [
      ['desktop', DESKTOP],
      ['mobile', MOBILE],
    ]) {
      const res = await attempt(`examples/index.html without the :not(:defined) rules, ${vp} 4x`, () =>
        visit(`${origin}/examples-unreserved/index.html`, { rate: 4, viewport, settleAll: true }),
      );
      if (res) add(`unreserved|4|cls|${vp}`, res.cls);
    }
}
process.stdout.write('\n');
await browser.close();
server.close();
exampleServer?.stop();

// ---------------------------------------------------------------- figures
const median = (a) => {
  if (!a?.length) return undefined;
  const s = [...a].sort((x, y) => x - y);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
const med = (lib, rate, what, n) => median(samples[[lib, rate, what, n].filter((x) => x != null).join('|')]);
const worst = (key) => (samples[key]?.length ? Math.max(...samples[key]) : undefined);

/** JS, CSS and font bytes a page fetched, each file compressed on its own as a server would send it. */
function bytesOf(lib) {
  const seen = bytesSeen[lib.name];
  const sum = { js: [0, 0], css: [0, 0], font: 0, files: 0 };
  if (!seen) return undefined;
  for (const { path, type } of seen.responses) {
    const buf = served.get(path);
    if (!buf) continue;
    if (type == 'script' || type == 'stylesheet') {
      const s = sizes(buf);
      const k = type == 'script' ? 'js' : 'css';
      sum[k][0] += s.gzip;
      sum[k][1] += s.brotli;
      sum.files++;
    } else if (type == 'font') sum.font += buf.length;
  }
  const used = seen.cssUsed ? sizes(Buffer.from(seen.cssUsed)) : { gzip: 0 };
  const { body } = render(lib, 'widgets', 1);
  return { ...sum, cssUsed: used.gzip, html: sizes(Buffer.from(lib.head + body)).gzip };
}
const bytes = Object.fromEntries(LIBS.map((l) => [l.name, bytesOf(l)]));

// Shoelace's own CDN way, for reference: the cherry-picked component files and their chunks, each fetched separately.
const cdnFiles = [...new Set(['details', 'checkbox'].flatMap((c) => [...graph(`${sl}/cdn/components/${c}/${c}.js`)]))];
const cdn = cdnFiles.reduce(
  (a, f) => {
    const s = sizes(readFileSync(f));
    return [a[0] + s.gzip, a[1] + s.brotli];
  },
  [0, 0],
);

const fmtB = (v) => (v == null ? 'n/a' : `${Math.round(v).toLocaleString('en-US')}`);
const fmtMs = (v) => (v == null ? 'n/a' : v < 10 ? v.toFixed(1) : Math.round(v).toString());
const fmtMB = (v) => (v == null ? 'n/a' : (v / 1048576).toFixed(2));
const ratio = (v, base) => (v == null || !base ? '' : ` (${(v / base).toFixed(v / base < 10 ? 2 : 1)}×)`);
const rows = [];
const row = (label, get, f) => {
  const base = get(native);
  rows.push([
    label,
    ...LIBS.map((l) => {
      const v = get(l);
      return `${f(v)}${l === native ? '' : ratio(v, base)}`;
    }),
  ]);
};

const B = (l) => bytes[l.name];
row('JS, gzip (B)', (l) => B(l)?.js[0], fmtB);
row('JS, brotli (B)', (l) => B(l)?.js[1], fmtB);
row('CSS, gzip (B)', (l) => B(l)?.css[0], fmtB);
row('CSS, brotli (B)', (l) => B(l)?.css[1], fmtB);
row('**JS + CSS, gzip (B)**', (l) => B(l) && B(l).js[0] + B(l).css[0], fmtB);
row('**JS + CSS, brotli (B)**', (l) => B(l) && B(l).js[1] + B(l).css[1], fmtB);
row('CSS rules used at load, gzip (B, lower bound)', (l) => B(l)?.cssUsed, fmtB);
row('HTML of one copy of the three widgets, gzip (B)', (l) => B(l)?.html, fmtB);
row('fonts fetched (B)', (l) => B(l)?.font, fmtB);
for (const rate of RATES) {
  const t = rate == 1 ? '' : `, CPU ${rate}x slower`;
  for (const n of NS) row(`rendered, N = ${n}${t} (ms)`, (l) => med(l.name, rate, 'rendered', n), fmtMs);
  if (rate == 1)
    for (const n of NS)
      row(`main-thread CPU time until rendered, N = ${n} (ms)`, (l) => med(l.name, rate, 'cpu', n), fmtMs);
  row(
    `N = 100 ÷ N = 10${t}`,
    (l) => {
      const a = med(l.name, rate, 'rendered', 100);
      const b = med(l.name, rate, 'rendered', 10);
      return a && b ? a / b : undefined;
    },
    (v) => (v == null ? 'n/a' : v.toFixed(1)),
  );
  for (const n of [10, 100]) {
    row(`longest task, N = ${n}${t} (ms)`, (l) => med(l.name, rate, 'longMax', n), fmtMs);
    row(`total blocking time, N = ${n}${t} (ms)`, (l) => med(l.name, rate, 'tbt', n), fmtMs);
  }
  row(`JS heap after N = 100${t} (MB)`, (l) => med(l.name, rate, 'heap', 100), fmtMB);
  row(`accordion click → next paint, N = 10${t} (ms)`, (l) => med(l.name, rate, 'toggle'), fmtMs);
  if (rate == 1)
    row('main-thread CPU time, click → next paint, N = 10 (ms)', (l) => med(l.name, rate, 'toggleCpu'), fmtMs);
  row(`200-item checklist rendered${t} (ms)`, (l) => med(l.name, rate, 'listRendered'), fmtMs);
  if (rate == 1)
    row(
      'main-thread CPU time until the 200-item checklist is rendered (ms)',
      (l) => med(l.name, rate, 'listCpu'),
      fmtMs,
    );
  row(`tick in a 200-item checklist → next paint${t} (ms)`, (l) => med(l.name, rate, 'tick'), fmtMs);
  if (rate == 1) row('main-thread CPU time, tick → next paint (ms)', (l) => med(l.name, rate, 'tickCpu'), fmtMs);
}
const table = [
  `| Figure (median of ${RUNS} runs) | ${LIBS.map((l) => l.label).join(' | ')} |`,
  `| --- | ${LIBS.map(() => '---:').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const lightRows = RATES.map(
  (rate) =>
    `| ser-widgets, checklist written as light-DOM HTML${rate > 1 ? `, CPU ${rate}x slower` : ''} | rendered ${fmtMs(med('ser-light', rate, 'listRendered'))} ms | tick → paint ${fmtMs(med('ser-light', rate, 'tick'))} ms |`,
);
const clsRows = example
  ? ['desktop', 'mobile'].flatMap((vp) =>
      [4].map(
        (rate) =>
          `| examples/index.html, ${vp}${rate > 1 ? `, CPU ${rate}x slower` : ''} | CLS ${med('example', rate, 'cls', vp)?.toFixed(4) ?? 'n/a'} | worst run ${worst(`example|${rate}|cls|${vp}`)?.toFixed(4) ?? 'n/a'} |`,
      ),
    )
  : ['| examples/index.html | not measured: the file does not exist yet | |'];
if (example)
  clsRows.push(
    ...['desktop', 'mobile'].map(
      (vp) =>
        `| the same page without the README's \`:not(:defined)\` rules, ${vp}, CPU 4x slower | CLS ${med('unreserved', 4, 'cls', vp)?.toFixed(4) ?? 'n/a'} | worst run ${worst(`unreserved|4|cls|${vp}`)?.toFixed(4) ?? 'n/a'} |`,
    ),
  );
if (example)
  clsRows.unshift(
    `| examples/index.html as served (${median(samples['example|widgets']) ?? 0} ser- elements) | median of runs | |`,
  );

// ---------------------------------------------------------------- targets from issue 9
const targets = [];
const verdict = (ok, text) => targets.push(`- ${ok == null ? '**n/a**' : ok ? '**met**' : '**missed**'}: ${text}`);
{
  const s = B(ser);
  const total = (l) => B(l) && B(l).js[0] + B(l).css[0];
  const peers = [shoelace, govuk];
  const sizeOk = s && peers.every((p) => total(p)) ? peers.every((p) => total(ser) < total(p)) : null;
  verdict(
    sizeOk,
    `smaller than Shoelace and GOV.UK — JS + CSS gzip: ser-widgets ${fmtB(total(ser))} B, Shoelace ${fmtB(total(shoelace))} B, GOV.UK ${fmtB(total(govuk))} B (GOV.UK's CSS rules used at load alone: ${fmtB(B(govuk)?.cssUsed)} B; ser-widgets carries its English copy inside that JS, the others in the page's HTML).`,
  );
  const slower = [];
  let compared = 0;
  for (const rate of RATES)
    for (const n of NS)
      for (const p of peers) {
        const a = med('ser', rate, 'rendered', n);
        const b = med(p.name, rate, 'rendered', n);
        if (a != null && b != null) compared++;
        if (a != null && b != null && a >= b)
          slower.push(`N = ${n} at ${rate}x: ${fmtMs(a)} ms vs ${p.label} ${fmtMs(b)} ms (+${fmtMs(a - b)} ms)`);
      }
  for (const rate of RATES)
    for (const what of ['toggle', 'tick'])
      for (const p of peers) {
        const a = med('ser', rate, what);
        const b = med(p.name, rate, what);
        if (a != null && b != null && a >= b)
          slower.push(`${what} at ${rate}x: ${fmtMs(a)} ms vs ${p.label} ${fmtMs(b)} ms (+${fmtMs(a - b)} ms)`);
      }
  verdict(
    compared ? !slower.length : null,
    `faster than Shoelace and GOV.UK (time to rendered at every N and speed, toggle and tick)${slower.length ? ` — slower in: ${slower.join('; ')}` : ''}.`,
  );
  for (const rate of RATES) {
    const a = med('ser', rate, 'rendered', 100);
    const b = med('native', rate, 'rendered', 100);
    verdict(
      a && b ? a <= 2 * b : null,
      `rendered at N = 100 within 2× native${rate > 1 ? ` (CPU ${rate}x slower)` : ''}: ${fmtMs(a)} ms vs ${fmtMs(b)} ms = ${a && b ? (a / b).toFixed(2) : 'n/a'}×${a && b && a > 2 * b ? `, over by ${fmtMs(a - 2 * b)} ms` : ''}.`,
    );
    const c = med('ser', rate, 'rendered', 10);
    verdict(
      a && c ? a <= 12 * c : null,
      `linear in N${rate > 1 ? ` (CPU ${rate}x slower)` : ''}: N = 100 takes ${a && c ? (a / c).toFixed(1) : 'n/a'}× N = 10 (at most 12×).`,
    );
  }
  const lt = med('ser', 4, 'longMax', 10);
  const ltWorst = worst('ser|4|longMax|10');
  verdict(
    lt != null ? lt <= 50 : null,
    `no long task over 50 ms at N = 10 with the CPU 4x slower: the longest is ${fmtMs(lt)} ms (median of runs; worst run ${fmtMs(ltWorst)} ms)${lt > 50 ? `, over by ${fmtMs(lt - 50)} ms` : ''}.`,
  );
  if (example)
    for (const vp of ['desktop', 'mobile'])
      for (const rate of [4]) {
        const c = med('example', rate, 'cls', vp);
        verdict(
          c != null ? c <= 0.01 : null,
          `layout shift on examples/index.html, ${vp}${rate > 1 ? `, CPU ${rate}x slower` : ''}: CLS ${c?.toFixed(4) ?? 'n/a'} (at most 0.01; worst run ${worst(`example|${rate}|cls|${vp}`)?.toFixed(4) ?? 'n/a'})${c > 0.01 ? `, over by ${(c - 0.01).toFixed(4)}` : ''}.`,
        );
      }
  else verdict(null, 'layout shift on examples/index.html: the page does not exist yet.');
}

const chromium = await (async () => {
  try {
    return (await import('node:child_process')).execFileSync(CHROMIUM, ['--version']).toString().trim();
  } catch {
    return CHROMIUM;
  }
})();
const pv = JSON.parse(readFileSync(nm('puppeteer-core/package.json'), 'utf8')).version;
const slv = JSON.parse(readFileSync(`${sl}/package.json`, 'utf8')).version;
const gvv = JSON.parse(readFileSync(nm('govuk-frontend/package.json'), 'utf8')).version;
const dropIn = sizes(snapshot.get('/dist/ser-widgets.js'));
const machine = `${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; ${chromium} (headless, puppeteer-core ${pv}); Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0].toFixed(1)} after (other work on the machine slows every page alike, and adds noise)`;
const md = `<!-- bench -->
## Latest benchmark

${machine}. ${RUNS} runs, alternating the four pages; a fresh browser context (cold cache) for every page load.
Shoelace ${slv} and GOV.UK Frontend ${gvv}. The drop-in as built: ${fmtB(dropIn.gzip)} B gzip, ${fmtB(dropIn.brotli)} B brotli (budget ${fmtB(BUDGETS.dropIn)} B gzip).
Ratios are to native HTML. Took ${Math.round((Date.now() - started) / 1000)} s.

${table}

| Also measured | | |
| --- | --- | --- |
${lightRows.join('\n')}
| Shoelace from its own CDN build (cherry-picked, ${cdnFiles.length} JS files each compressed alone) | JS gzip ${fmtB(cdn[0])} B | JS brotli ${fmtB(cdn[1])} B |
${clsRows.join('\n')}

### Targets of issue 9

${targets.join('\n')}
${notes.size ? `\n### Problems seen during the run\n\n${[...notes].map((n) => `- ${n}`).join('\n')}\n` : ''}<!-- /bench -->`;

console.log(`\n${md}\n`);
if (!process.argv.includes('--no-write') && !quick) {
  const file = join(root, 'bench/RESULTS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance results\n';
  writeFileSync(
    file,
    /<!-- bench -->[\s\S]*<!-- \/bench -->/.test(old)
      ? old.replace(/<!-- bench -->[\s\S]*<!-- \/bench -->/, md)
      : `${old.trimEnd()}\n\n${md}\n`,
  );
  console.log('Wrote bench/RESULTS.md');
}
