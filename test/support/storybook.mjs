// Smoke test of the static Storybook: every story renders its widgets, logs no error and passes axe; every
// Docs page renders (no raw Markdown such as `| --- |`), logs no error and passes axe.
// Usage: node test/support/storybook.mjs [--no-build] [--grep TEXT]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from './chromium.mjs';
import { contentType } from './content-types.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'storybook-static');
const args = process.argv.slice(2);
const grep = args.includes('--grep') ? args[args.indexOf('--grep') + 1] : '';
const parallel = Number(process.env.SB_SMOKE_PAGES) || 3;
const chrome = chromePath() ?? '/usr/bin/chromium';
const flags = chromiumFlags;

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build-storybook', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (built.status !== 0) {
    console.error('storybook: the build failed');
    console.log('storybook: 0 passed, 1 failed');
    process.exit(1);
  }
}
if (!existsSync(join(out, 'index.json'))) {
  console.error('storybook: no storybook-static/index.json; run without --no-build');
  console.log('storybook: 0 passed, 1 failed');
  process.exit(1);
}

const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type == 'story' && e.id.includes(grep));
const docs = Object.values(index.entries).filter((e) => e.type == 'docs' && e.id.includes(grep));
const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// A tiny static server: storybook-static only, loopback only.
const server = createServer(async (req, res) => {
  const path = resolve(out, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (req.url == '/favicon.ico') return res.writeHead(204).end(); // asked for by the browser, not by Storybook
  const file = path == out || path.endsWith(sep) ? join(path, 'index.html') : path;
  if (!file.startsWith(out + sep)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    // Cacheable, so each page after the first reuses Chromium's compiled copy of Storybook's bundles.
    const headers = {
      'content-type': contentType(extname(file)),
      'cache-control': 'max-age=600',
    };
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: flags });

/** Waits until every ser-* element in the story is defined and has finished updating (locale packs load late). */
function settle() {
  const all = () => [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('ser-'));
  // Timers, not animation frames: Chromium pauses frames in a tab that is not in front.
  const frame = () => new Promise((r) => setTimeout(r, 60));
  return (async () => {
    for (let i = 0; i < 3; i++) {
      await Promise.all(all().map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(all().map((e) => e.updateComplete));
      await frame();
    }
    return all().map((e) => ({
      tag: e.localName,
      rendered: !!e.shadowRoot && (e.shadowRoot.childElementCount > 0 || !!e.shadowRoot.textContent?.trim()),
    }));
  })();
}

/**
 * One tab per worker, reused from story to story: Storybook's bundles load once and stay compiled. Each in its own
 * browser context, so its own window (as test/support/engines.mjs does): a tab behind another is hidden and gets
 * no animation frames, and a Docs page waits for them.
 */
async function tab() {
  const page = await (await browser.createBrowserContext()).newPage();
  page.setDefaultTimeout(90000);
  const cdp = await page.createCDPSession();
  page.problems = [];
  page.on('console', (m) => m.type() == 'error' && page.problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on(
    'response',
    (r) => r.status() >= 400 && page.problems.push(`HTTP ${r.status()}: ${r.url().replace(origin, '')}`),
  );
  // Puppeteer's own helper rejects forced-colors; the DevTools protocol takes it.
  page.forcedColors = (on) =>
    cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: on ? 'active' : 'none' }] });
  return page;
}

async function check(page, story) {
  const problems = (page.problems = []);
  const t0 = Date.now();
  const lap = (what) => process.env.SB_SMOKE_DEBUG && console.log(`  ${story.id} ${what} ${Date.now() - t0}ms`);
  try {
    await page.forcedColors(story.tags?.includes('forced-colors'));
    // a11y.manual: the a11y addon's own axe run stays off; this test runs axe itself.
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), {
      timeout: 90000,
    });
    lap('shown');
    const shown = await page.evaluate(() => document.body.className);
    if (!shown.includes('sb-show-main')) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
      problems.push(`story did not render: ${message.trim().slice(0, 200)}`);
    } else {
      const elements = await page.evaluate(settle);
      const widgets = elements.filter((e) => e.tag != 'ser-provider');
      if (!widgets.length) problems.push('no ser- widget in the story');
      for (const e of elements) if (!e.rendered) problems.push(`<${e.tag}> has an empty shadow root`);
      lap('settled');
      await page.evaluate(axeSource);
      const repeats = story.tags?.includes('repeats-widget');
      const violations = await page.evaluate(async (repeats) => {
        // `region` is off as in the a11y addon: a story is a fragment of a page, not a whole page.
        // A story tagged `repeats-widget` shows one widget several times on purpose, so its landmark names repeat.
        const rules = { region: { enabled: false }, 'landmark-unique': { enabled: !repeats } };
        const result = await window.axe.run('#storybook-root', { rules });
        return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }, repeats);
      lap('axe');
      for (const v of violations) problems.push(`axe: ${v}`);
    }
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  }
  return problems;
}

/** A Docs page: rendered, its story previews filled, no raw Markdown, no console error, no axe violation. */
async function checkDocs(page, entry) {
  const problems = (page.problems = []);
  try {
    await page.forcedColors(false);
    // A busy machine may stall a Docs page: one reload, said in the output; a page that hangs twice fails.
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs&globals=a11y.manual:!true`, {
        waitUntil: 'load',
      });
      const drawn = await page
        .waitForFunction(
          () =>
            /sb-show-(main|errordisplay)/.test(document.body.className) &&
            document.querySelector('#storybook-docs .sbdocs-content'),
          {
            timeout: 90000,
          },
        )
        .then(
          () => true,
          (error) => (attempt < 2 ? false : Promise.reject(error)),
        );
      if (drawn) break;
      console.log(`     ${entry.id}: did not start rendering in 90 s; reloading once`);
    }
    await page.evaluate(settle);
    const text = await page.evaluate(() => document.querySelector('#storybook-docs').innerText);
    const raw = text.match(/^.*(\|\s*:?-{3,}:?\s*\||^\s*#{1,6}\s|\*\*\w).*$/m);
    if (raw) problems.push(`raw Markdown on the page: "${raw[0].trim().slice(0, 80)}"`);
    // "Show code" must be markup to paste: no story chrome, no toolbar provider, no empty lines.
    const sources = await page.evaluate(async (stories) => {
      const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      const buttons = () =>
        [...document.querySelectorAll('#storybook-docs button')].filter((b) => b.textContent.trim() == 'Show code');
      // A page of stories gets one button per story block, drawn after the page itself.
      for (let i = 0; stories && buttons().length < 1 && i < 100; i++) await wait(100);
      const shown = buttons();
      for (const b of shown) b.click();
      const blocks = () => [...document.querySelectorAll('#storybook-docs pre')].filter((c) => c.innerText.trim());
      for (let i = 0; blocks().length < shown.length && i < 50; i++) await wait(100);
      return blocks().map((c) => c.innerText);
    }, entry.id != 'introduction--docs');
    if (entry.id != 'introduction--docs' && !sources.length) problems.push('"Show code" shows no code');
    if (process.env.SB_SMOKE_DEBUG) console.log(`  ${entry.id}: ${sources.length} code blocks`, sources.slice(0, 2));
    for (const code of sources) {
      const chrome =
        /ser-canvas|ser-stack|ser-grid|ser-states|ser-caption|<ser-provider theme="(light|dark|auto)">/.exec(code);
      if (chrome) problems.push(`"Show code" shows story chrome: ${chrome[0]}`);
      if (/\n\s*\n/.test(code.trim())) problems.push(`"Show code" has an empty line: ${code.trim().slice(0, 60)}`);
    }
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // A Docs page shows several stories of one widget, so landmarks and outlines repeat by design; Storybook's
      // own args table is its UI, not ours. Every story is checked alone, with all rules, above.
      const off = [
        'region',
        'landmark-unique',
        'landmark-no-duplicate-banner',
        'landmark-no-duplicate-contentinfo',
        'landmark-no-duplicate-main',
        'heading-order',
      ];
      const context = { include: ['#storybook-docs'], exclude: ['.docblock-argstable'] };
      const result = await window.axe.run(context, {
        rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
      });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
    });
    for (const v of violations) problems.push(`axe: ${v}`);
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  }
  return problems;
}

let passed = 0;
let failed = 0;
const report = (name, problems) => {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n${problems.map((p) => `     ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`ok   ${name}`);
  }
};

// Every attribute a widget documents has a control: its stories file binds it (`name=${…}` or `?name=${…}`).
const manifest = JSON.parse(await readFile(join(root, 'dist/custom-elements.json'), 'utf8'));
const tagOf = (d) => d.tagName ?? d.name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
for (const file of (await readdir(join(root, 'stories'))).filter((f) => f.endsWith('.stories.ts'))) {
  const source = await readFile(join(root, 'stories', file), 'utf8');
  const tag = /component: '(ser-[a-z-]+)'/.exec(source)?.[1];
  const widget = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.name != 'SerElement' && tagOf(d) == tag);
  if (!widget || grep) continue;
  // Attributes of internal fields (a protected @state, say) are not part of the API.
  const internal = new Set(
    (widget.members ?? []).filter((m) => m.privacy || m.name.startsWith('_')).map((m) => m.name),
  );
  const missing = (widget.attributes ?? [])
    .filter((a) => !internal.has(a.fieldName) && !source.includes(`${a.name}=\${`))
    .map((a) => a.name);
  report(
    `controls ${tag}`,
    missing.map((a) => `no control bound to the attribute "${a}" in stories/${file}`),
  );
}
/** Checks every entry in `parallel` tabs and reports each under `name(entry)`. */
const checkAll = (entries, checkOne, name) => {
  const queue = [...entries];
  return Promise.all(
    Array.from({ length: Math.min(parallel, queue.length) }, async () => {
      const page = await tab();
      for (let entry; (entry = queue.shift());) {
        let problems = await checkOne(page, entry);
        // A busy machine can stall a load past the timeout; an entry that really hangs fails the second time too.
        if (problems.some((p) => /timed? ?out|exceeded/i.test(p))) problems = await checkOne(page, entry);
        report(name(entry), problems);
      }
    }),
  );
};
await checkAll(stories, check, (story) => story.id);
await checkAll(docs, checkDocs, (entry) => `docs ${entry.id}`);
await browser.close();
server.close();
if (!stories.length) (failed++, console.log(`FAIL no stories${grep ? ` match "${grep}"` : ''}`));
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
