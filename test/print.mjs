// Printing in Chromium and Firefox (issue 18): each widget, and the example page as `npm start` serves it, printed to PDF
// with every section and "Learn more" closed, light and dark; the PDF's text holds everything a reader needs
// and no buttons, and the screen is as before: same state, no toggle events, nothing stored.
// Usage: node test/print.mjs (after `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from './support/chromium.mjs';
import { fold, hasPdftotext, printedText, serveExamples } from './support/print-pdf.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
};
const finish = () => {
  console.log(`print: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

if (!hasPdftotext()) {
  check('pdftotext is installed (Debian: apt-get install poppler-utils)', false);
  finish();
}

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];
const one = (tag) =>
  `<ser-provider practitioner="Maya" booking-url="https://example.com/book" support-url="mailto:maya@example.com">` +
  `<${tag}${tag == 'ser-emotion-checklist' ? ' allow-other' : ''}></${tag}></ser-provider>`;

/** In the page: waits for every widget to render, then records what the screen shows and listens for toggles. */
function prepare(theme) {
  const widgets = [...document.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')];
  return (async () => {
    for (const w of widgets) await customElements.whenDefined(w.localName);
    document.querySelector('ser-provider').setAttribute('theme', theme);
    for (const w of widgets) await w.updateComplete;
    // The drop-in's English text behind "Learn more" and in sections arrives after the first render (locales/en.json).
    const parts = () => widgets.flatMap((w) => [...w.shadowRoot.querySelectorAll('[part=more], [part=panel]')]);
    for (let i = 0; i < 100 && parts().some((p) => !p.querySelector('p, li, slot[name]:not([name=more])')); i++)
      await new Promise((r) => setTimeout(r, 50));
    window.toggles = [];
    for (const type of ['ser-section-toggle', 'ser-toggle'])
      addEventListener(type, () => window.toggles.push(type), true);
    return widgets.length;
  })();
}

/** In the page: what a reader sees on screen now, and what the page stores. */
function screenState() {
  const $ = (tag) => document.querySelector(tag)?.shadowRoot;
  const wte = $('ser-what-to-expect');
  return JSON.stringify({
    sections: wte && [...wte.querySelectorAll('[part=button]')].map((b) => b.getAttribute('aria-expanded')),
    heights: wte && [...wte.querySelectorAll('[part=panel]')].map((p) => p.getBoundingClientRect().height),
    more: document.querySelector('ser-explainer-card')?.open,
    moreHeight: $('ser-explainer-card')?.getElementById('more').getBoundingClientRect().height,
    selected: document.querySelector('ser-emotion-checklist')?.selected,
    stored: [localStorage.length, sessionStorage.length, document.cookie],
  });
}

/** In the page: the text paper must hold (and the button labels it must not), read from the widgets themselves. */
function expected() {
  const $ = (tag) => document.querySelector(tag)?.shadowRoot;
  const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim();
  // Paragraph by paragraph: textContent runs one block's last word into the next one's first.
  const blocks = (el) => [...el.querySelectorAll('p, li')].map(text);
  const card = $('ser-explainer-card');
  const wte = $('ser-what-to-expect');
  const list = $('ser-emotion-checklist');
  const want = {};
  const not = [];
  if (card) {
    const cta = card.querySelector('[part=cta]');
    Object.assign(want, {
      'card heading': text(card.querySelector('[part=heading]')),
      'card summary': text(card.querySelector('[part=summary]')),
      'card "Learn more" text': blocks(card.querySelector('#more')),
      'card disclaimer': text(card.querySelector('.note')),
      'booking link with its address': `${text(cta)} (${cta.getAttribute('href')})`,
    });
    not.push(text(card.querySelector('[part=toggle]')));
  }
  if (wte) {
    for (const p of wte.querySelectorAll('[part=panel]'))
      want[`section "${text(wte.getElementById(p.getAttribute('aria-labelledby')))}"`] = blocks(p);
    not.push(text(wte.querySelector('[part=toggle-all]')));
  }
  if (list) {
    for (const box of list.querySelectorAll('input:checked'))
      want[`ticked item "${text(box.labels[0])}"`] = text(box.labels[0]);
    const other = list.querySelector('textarea');
    if (other) want['free text'] = other.value;
    want['"You noted" summary'] = text(list.querySelector('[part=summary]'));
    const support = list.querySelector('a[href]');
    if (support) want['support link with its address'] = `${text(support)} (${support.getAttribute('href')})`;
    not.push(...[...list.querySelectorAll('[part=actions] button')].map(text));
  }
  return { want, not };
}

/** In the page, under print media: each widget's text colour and any background it paints. */
function inkUsed() {
  return [...document.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')].map((w) => {
    const els = [...w.shadowRoot.querySelectorAll('*')].filter((e) => e.checkVisibility());
    const s = (e) => getComputedStyle(e);
    return {
      tag: w.localName,
      colors: [...new Set(els.filter((e) => e.childNodes.length && e.localName != 'input').map((e) => s(e).color))],
      backgrounds: [...new Set(els.map((e) => s(e).backgroundColor).filter((c) => c != 'rgba(0, 0, 0, 0)'))],
    };
  });
}

/** Chromium always; Firefox too where installed (it prints over WebDriver BiDi, so Ctrl+P's own path is tested there as well). */
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
const engines = [
  ['Chromium', { executablePath: chromePath() ?? '/usr/bin/chromium', headless: true, args: chromiumFlags }],
  ...(firefox ? [['Firefox', { browser: 'firefox', executablePath: firefox, headless: true, timeout: 90000 }]] : []),
];
if (!firefox) console.log('Firefox not found: printed in Chromium only');

const server = await serveExamples(root);
try {
  for (const [engine, options] of engines) {
    const browser = await puppeteer.launch(options);
    try {
      await printAll(engine, await browser.newPage());
    } finally {
      await browser.close();
    }
  }
} finally {
  server.stop();
}

/** Prints the example page and each widget alone, light and dark, checking paper and screen. */
async function printAll(engine, page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const theme of ['light', 'dark'])
    for (const what of ['example page', ...tags]) {
      const name = `${engine}, ${what}, ${theme}`;
      await page.goto(`${server.origin}/examples/index.html`, { waitUntil: 'load' });
      if (what != 'example page') await page.evaluate((h) => (document.body.innerHTML = h), one(what));
      const count = await page.evaluate(prepare, theme);
      check(`${name}: widgets rendered`, count > 0);
      // The reader's own answers: two ticks (and words, where there is a box), by mouse and keyboard.
      if (what == 'example page' || what == 'ser-emotion-checklist') {
        await page.click('ser-emotion-checklist >>> #c0-0');
        await page.click('ser-emotion-checklist >>> #c1-1');
        if (what != 'example page') await page.type('ser-emotion-checklist >>> textarea', 'a warm tingle in my hands');
        await page.keyboard.press('Tab');
        await page.evaluate(() => localStorage.clear() || sessionStorage.clear() || window.toggles.splice(0));
      }
      const before = await page.evaluate(screenState);
      const { want, not } = await page.evaluate(expected);

      // Colours under print media: Chromium emulates it over CDP; Firefox's are read from the PDF's text only.
      if (engine == 'Chromium') {
        await page.emulateMediaType('print');
        for (const w of await page.evaluate(inkUsed)) {
          check(`${name}: ${w.tag} prints black text`, w.colors.join() == 'rgb(0, 0, 0)', w.colors.join(' | '));
          check(`${name}: ${w.tag} prints no background`, !w.backgrounds.length, w.backgrounds.join(' | '));
        }
        await page.emulateMediaType(null);
      }

      const printed = await printedText(page);
      for (const [part, texts] of Object.entries(want)) {
        const missing = [texts].flat().filter((t) => !printed.includes(fold(t)));
        check(`${name}: paper has the ${part}`, texts.length && !missing.length, `missing: ${missing.join(' | ')}`);
      }
      for (const label of not.filter(Boolean)) {
        const word = new RegExp(`\\b${label}\\b`);
        check(
          `${name}: paper has no "${label}" button`,
          !word.test(printed),
          printed.match(new RegExp(`.{0,80}${label}.{0,80}`))?.[0],
        );
      }
      const after = await page.evaluate(screenState);
      check(`${name}: the screen is as before printing`, after == before, `${before}\n     ${after}`);
      check(`${name}: printing fired no toggle event`, (await page.evaluate(() => window.toggles.length)) == 0);
    }
  check(`${engine}: no page errors`, !errors.length, errors.join('\n     '));
}
finish();
