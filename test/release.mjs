// The release as a practitioner gets it: `npm run release`, unzip into an empty folder, serve it, read
// START-HERE.html, paste its snippet into a blank page, and see every widget in English and in Spanish, with SRI;
// open the builder from the unzipped folder (file://) and served, and paste its default code the same way.
// Usage: node test/release.mjs (builds first when dist/ is missing)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { builderPage, pageFiles, release } from '../scripts/release.mjs';
import { chromePath, chromiumFlags } from './support/chromium.mjs';
import { blankPage, messagesFrom, serve, unzipInto } from './support/release-site.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const widgets = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];

let passed = 0;
let failed = 0;
/** One named check: ok when `fn` returns no problems. */
async function check(name, fn) {
  let problems;
  try {
    problems = (await fn()) ?? [];
  } catch (error) {
    problems = [
      String(error?.stack ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' | '),
    ];
  }
  if (problems.length) (failed++, console.log(`FAIL ${name}\n${problems.map((p) => `     ${p}`).join('\n')}`));
  else (passed++, console.log(`ok   ${name}`));
  if (process.env.RELEASE_DEBUG) console.log(`     ${Math.round(performance.now())} ms`);
}
const expectAll = (pairs) => pairs.filter(([ok]) => !ok).map(([, message]) => message);

const { zipFile, name } = await release({ build: !existsSync(join(root, 'dist/ser-widgets.js')) });
const { dir, names } = unzipInto(zipFile);
const top = join(dir, name);
const upload = join(top, 'ser-widgets');

await check('the zip holds the guide, the licence, the builder and every file a page loads, and nothing else', () => {
  const builder = ['builder/builder.html', 'builder/builder.js', 'builder/builder.css'];
  const expected = ['START-HERE.html', 'LICENSE', ...builder, ...pageFiles().map((f) => `ser-widgets/${f}`)].map(
    (f) => `${name}/${f}`,
  );
  const locales = readdirSync(join(root, 'dist/locales'));
  return expectAll([
    [names.length === expected.length && expected.every((f) => names.includes(f)), `zip holds ${names.join(', ')}`],
    [
      locales.length >= 4 && locales.every((f) => names.includes(`${name}/ser-widgets/locales/${f}`)),
      'a language file is missing',
    ],
    [
      ['ser-widgets.js', 'ser-widgets.js.map', 'ser-widgets.sri.txt'].every((f) =>
        names.includes(`${name}/ser-widgets/${f}`),
      ),
      'the drop-in, its map or its hash is missing',
    ],
    [
      !names.some((n) => /\/esm\/|\/wordpress\/|custom-elements\.json|\.d\.ts$/.test(n)),
      'bundler-only or WordPress-only files are in the zip',
    ],
  ]);
});

await check('LICENSE: MIT, ser-widgets contributors, and the licence of the bundled Lit', () => {
  const text = readFileSync(join(top, 'LICENSE'), 'utf8');
  return expectAll([
    [text.startsWith('MIT License') && text.includes('ser-widgets contributors'), 'not our MIT licence'],
    [/lit-html [\d.]+/.test(text) && text.includes('BSD 3-Clause'), "Lit's licence is missing"],
  ]);
});

await check(
  'beside the zip, the hash of the ser-widgets.js inside it (the served builder offers the zip only when it matches)',
  () => {
    const beside = join(root, 'release', `${name}.sri.txt`);
    const inside = `sha384-${createHash('sha384')
      .update(readFileSync(join(upload, 'ser-widgets.js')))
      .digest('base64')}`;
    if (!existsSync(beside)) return [`no release/${name}.sri.txt`];
    return expectAll([
      [readFileSync(beside, 'utf8').trim() === inside, `release/${name}.sri.txt differs from the file in the zip`],
    ]);
  },
);

await check('npm pack tarball beside the zip, with the drop-in and the licence', () => {
  const tgz = join(root, 'release', `${name}.tgz`);
  if (!existsSync(tgz)) return [`no release/${name}.tgz`];
  const list = spawnSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).stdout.split('\n');
  return expectAll([
    [list.includes('package/dist/ser-widgets.js'), 'no dist/ser-widgets.js in the tarball'],
    [list.includes('package/LICENSE'), 'no LICENSE in the tarball'],
  ]);
});

const browser = await puppeteer.launch({
  executablePath: chromePath() ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags,
});
const site = await serve(top);

/** Opens a page on `server`, collecting console errors and failed requests. */
async function open(server, path) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  page.problems = [];
  page.on('console', (m) => m.type() === 'error' && page.problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on(
    'request',
    (r) =>
      !r.url().startsWith(server.origin) &&
      !r.url().startsWith('data:') &&
      page.problems.push(`request off the site: ${r.url()}`),
  );
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

let snippet = '';
await check(
  'START-HERE.html: offline, under the builder’s CSP, accessible, with the real hash in its snippet',
  async () => {
    const page = await open(site, '/START-HERE.html');
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    const builderCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync(join(root, 'examples/builder.html'), 'utf8'),
    )[1];
    snippet = await page.$eval('#snippet', (t) => t.value);
    const text = await page.evaluate(() => document.body.innerText);
    const hash = `sha384-${createHash('sha384')
      .update(readFileSync(join(upload, 'ser-widgets.js')))
      .digest('base64')}`;
    await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    const requested = site.requests.map((r) => r.path);
    const builderLinks = await page.$$eval('a[href]', (links) =>
      links.map((a) => a.getAttribute('href')).filter((h) => h.includes('builder')),
    );
    await page.close();
    return expectAll([
      [csp === builderCsp, `CSP differs from the builder's: ${csp}`],
      [snippet.includes(`integrity="${hash}"`), 'the snippet does not carry the hash of the ser-widgets.js in the zip'],
      [
        readFileSync(join(upload, 'ser-widgets.sri.txt'), 'utf8').trim() === hash,
        'ser-widgets.sri.txt differs from the file’s hash',
      ],
      [
        !snippet.includes('…') && snippet.includes('src="/ser-widgets/ser-widgets.js"'),
        'the snippet has a placeholder or another address',
      ],
      [['WordPress', 'Squarespace', 'Wix'].every((s) => text.includes(s)), 'a site builder is missing from the guide'],
      [text.includes(pkg.version), 'the version is not shown'],
      [
        builderLinks.length && builderLinks.every((h) => h === builderPage) && existsSync(join(top, builderPage)),
        `links to the builder: ${builderLinks}`,
      ],
      [requested.every((p) => p === '/START-HERE.html'), `the guide loads other files: ${requested.join(', ')}`],
      [!violations.length, `axe: ${violations.join(', ')}`],
      ...page.problems.map((p) => [false, p]),
    ]);
  },
);

/** The blank page at `at` with the code (the guide's unless given), in `lang` (as the guide says: both "en" in the provider tag changed). */
async function renders(lang, { tamper = false, waitFor = {}, code = snippet, at = '/page.html' } = {}) {
  const pasted = code.replace('lang="en" locale="en"', `lang="${lang}" locale="${lang}"`);
  const server = await serve(top, { pages: { [at]: blankPage(pasted) }, tamper });
  const page = await open(server, at);
  const seen = await page.evaluate(
    async (tags, waitFor) => {
      const defined = Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const ok = await Promise.race([defined.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!ok) return { defined: false, version: window.SerWidgets?.version };
      const text = (t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' ');
      // At least twice, and until `waitFor` shows (up to 5 s): a language file arrives after the first render.
      for (let i = 0; i < 50 && (i < 2 || Object.entries(waitFor).some(([t, want]) => !text(t).includes(want))); i++) {
        await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
        await new Promise((r) => setTimeout(r, 100));
      }
      return {
        defined: true,
        version: window.SerWidgets?.version,
        text: Object.fromEntries(tags.map((t) => [t, text(t)])),
      };
    },
    widgets,
    waitFor,
  );
  await page.close();
  await server.close();
  return { seen, problems: page.problems, requests: server.requests };
}

for (const lang of ['en', 'es']) {
  await check(`the pasted snippet renders every widget in ${lang}, with SRI`, async () => {
    const messages = await messagesFrom(root, lang);
    const english = await messagesFrom(root, 'en');
    // English: the text behind "Learn more" and in sections comes from locales/en.json after the first render.
    const later =
      lang === 'en'
        ? { 'ser-explainer-card': messages.cardMore[0], 'ser-what-to-expect': messages.sections[0].list[0] }
        : {};
    const { seen, problems, requests } = await renders(lang, { waitFor: later });
    if (!seen.defined) return ['the widgets were not defined: the script did not run', ...problems];
    const expected = {
      'ser-explainer-card': messages.cardHeading,
      'ser-what-to-expect': messages.sections[0].title,
      'ser-emotion-checklist': messages.clHeading,
    };
    const languageFile = requests.find((r) => r.path.startsWith(`/ser-widgets/locales/${lang}.`));
    return expectAll([
      [seen.version === pkg.version, `SerWidgets.version is ${seen.version}, package.json says ${pkg.version}`],
      ...widgets.map((t) => [seen.text[t].includes(expected[t]), `<${t}> does not show "${expected[t]}"`]),
      ...Object.entries(later).map(([t, want]) => [seen.text[t].includes(want), `<${t}> never showed "${want}"`]),
      ...(lang === 'en'
        ? [
            [
              requests
                .filter((r) => r.path.includes('/locales/'))
                .map((r) => r.path)
                .join() === '/ser-widgets/locales/en.json',
              'English did not load locales/en.json alone',
            ],
          ]
        : [
            [languageFile?.status === 200, `no ${lang} language file was served`],
            [!seen.text['ser-explainer-card'].includes(english.cardHeading), 'the card is still in English'],
          ]),
      [
        requests.every((r) => r.status === 200),
        `failed requests: ${requests.filter((r) => r.status !== 200).map((r) => r.path)}`,
      ],
      ...problems.map((p) => [false, p]),
    ]);
  });
}

await check('a ser-widgets.js changed by one byte is refused: the integrity hash is checked', async () => {
  const { seen, problems } = await renders('en', { tamper: true });
  return expectAll([
    [!seen.defined && seen.version === undefined, 'the changed file ran'],
    [problems.some((p) => /integrity/i.test(p)), 'the browser did not report an integrity failure'],
  ]);
});

/** What the builder shows once its first code is written: the widgets drawn in the preview, the code, any alert. */
async function builderSeen(page) {
  await page.waitForFunction(() => document.documentElement.dataset.state, { timeout: 20000 });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#preview > *')].every((e) => e.shadowRoot?.textContent.trim()),
  );
  return page.evaluate(() => ({
    code: document.querySelector('#snippet').value,
    widgets: [...document.querySelectorAll('#preview > *')]
      .filter((e) => e.shadowRoot?.textContent.trim())
      .map((e) => e.localName),
    problem: document.querySelector('#problem').hidden ? '' : document.querySelector('#problem').textContent,
    version: document.querySelector('#version').textContent,
    back: document.querySelector('header a').getAttribute('href'),
  }));
}
const hash = `sha384-${createHash('sha384')
  .update(readFileSync(join(upload, 'ser-widgets.js')))
  .digest('base64')}`;
const besideTag = `<script src="/ser-widgets/ser-widgets.js" defer integrity="${hash}" crossorigin="anonymous"></script>`;
const builderChecks = (seen) => [
  [seen.widgets.length === 3, `the preview shows ${seen.widgets.join(', ') || 'no widget'}`],
  [seen.code.split('\n')[1] === besideTag, `the code loads ${seen.code.split('\n')[1]}`],
  [seen.code.includes(`(ser-widgets ${pkg.version})`) && seen.version.includes(pkg.version), 'the version is missing'],
  [!seen.problem, `the builder says: ${seen.problem}`],
  [seen.back === '../START-HERE.html', `its back link goes to ${seen.back}`],
];

let builderCode = '';
await check(
  'the builder opened from the unzipped folder (file://): preview, nothing read from elsewhere, code for the files beside it with their hash',
  async () => {
    const folderUrl = pathToFileURL(top).href;
    const page = await browser.newPage();
    const problems = [];
    // A page on disk may not fetch files: only locales/en.json (the text behind "Learn more") is refused, as the README says.
    const fromDisk = (m) => /\/locales\/en\.json\b/.test(`${m.location()?.url ?? ''} ${m.text()}`);
    page.on('console', (m) => m.type() === 'error' && !fromDisk(m) && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on(
      'request',
      (r) =>
        !r.url().startsWith(`${folderUrl}/`) &&
        !r.url().startsWith('data:') &&
        problems.push(`request outside the folder: ${r.url()}`),
    );
    await page.goto(`${folderUrl}/${builderPage}`, { waitUntil: 'load' });
    const seen = await builderSeen(page);
    await page.close();
    builderCode = seen.code;
    return expectAll([...builderChecks(seen), ...problems.map((p) => [false, p])]);
  },
);

await check(
  'the builder served from the unzipped folder: the same code, every file it asks for is in the folder',
  async () => {
    site.requests.length = 0;
    const page = await open(site, `/${builderPage}`);
    const seen = await builderSeen(page);
    await page.close();
    return expectAll([
      ...builderChecks(seen),
      [seen.code === builderCode, 'the code differs from the one written from disk'],
      [
        site.requests.every((r) => r.status === 200),
        `failed requests: ${site.requests.filter((r) => r.status !== 200).map((r) => r.path)}`,
      ],
      ...page.problems.map((p) => [false, p]),
    ]);
  },
);

for (const at of ['/page.html', '/about/']) {
  await check(
    `the builder's default code pasted into a blank page at ${at} renders every widget, with SRI`,
    async () => {
      if (!builderCode) return ['no code from the builder'];
      const messages = await messagesFrom(root, 'en');
      const later = { 'ser-explainer-card': messages.cardMore[0] };
      const { seen, problems, requests } = await renders('en', { code: builderCode, at, waitFor: later });
      if (!seen.defined) return ['the widgets were not defined: the script did not run', ...problems];
      return expectAll([
        [seen.text['ser-explainer-card'].includes(messages.cardHeading), 'the card does not show its heading'],
        [
          seen.text['ser-explainer-card'].includes(later['ser-explainer-card']),
          'the English text behind "Learn more" never showed',
        ],
        [seen.text['ser-emotion-checklist'].includes(messages.clHeading), 'the checklist does not show its heading'],
        [
          requests.every((r) => r.status === 200),
          `failed requests: ${requests.filter((r) => r.status !== 200).map((r) => r.path)}`,
        ],
        ...problems.map((p) => [false, p]),
      ]);
    },
  );
}

await browser.close();
await site.close();
console.log(`release: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
