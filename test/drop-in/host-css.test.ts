// Host pages with aggressive global CSS: the widgets stay readable, and the host page stays as it was.
import { expect } from '@open-wc/testing';
import { deep, expandAll, frame, rendered, script, widgetTags, type Win } from '../support/drop-in/frame.js';

const inDivs = widgetTags.map((t) => `<div><${t}></${t}></div>`).join('');

/** Every reset issue 8 names, and the usual theme habits, at once. */
const hostile = `<style>
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; line-height: 1; text-transform: uppercase; letter-spacing: 0.1em; word-spacing: 0.2em;
    text-align: justify; white-space: nowrap; font-style: italic; font-weight: 300; color: #222; }
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0 solid; }
  div { display: flex; }
  button, input, select, textarea { all: unset; }
  h1, h2, h3, h4, h5, h6 { font-size: 5rem; line-height: 1; margin: 2rem 0; }
  p, li, span, a, label, legend { font-size: 1rem; line-height: 1; }
  ul, ol { list-style: none; }
  section, article, details, fieldset { display: grid; overflow: hidden; max-height: 1rem; }
</style>`;

const bootstrap = `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">`;
const plain = `<style>body { margin: 8px; font-size: 16px; }</style>`;

const pages: [string, string, string][] = [
  ['Bootstrap 5', bootstrap, `<main class="container"><h1 class="display-1">Welcome</h1>${inDivs}</main>`],
  ['aggressive resets', hostile, `<h1>Welcome</h1>${inDivs}`],
  ['Bootstrap 5 and the resets together', bootstrap + hostile, `<main class="container-fluid">${inDivs}</main>`],
];

/** Styles the host must not be able to change inside a widget (fonts and colours it may; see README). */
const locked = [
  'font-size',
  'line-height',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'font-weight',
  'font-style',
  'text-align',
  'white-space',
  'display',
  'margin-top',
  'margin-bottom',
  'padding-top',
  'padding-inline-start',
  'text-indent',
  'list-style-type',
  'visibility',
  'border-top-width',
];

const visible = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};
const ownText = (e: Element) => [...e.childNodes].some((n) => n.nodeType == 3 && n.textContent!.trim());

/** Opens everything and waits for open/close animations to finish. */
async function open(win: Win, els: Element[]) {
  for (const el of els) await expandAll(win, el);
  const anims = els.flatMap((el) => el.shadowRoot!.getAnimations?.() ?? []);
  await Promise.all(anims.map((a) => a.finished.catch(() => undefined)));
  await new Promise((r) => setTimeout(r, 50));
}

/** Per widget, the locked styles of every element in its shadow root, in document order. */
const styles = (win: Win, el: Element) =>
  deep(el.shadowRoot!).map((e) => {
    const cs = win.getComputedStyle(e);
    return `${e.localName}.${e.className} ` + locked.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(' ');
  });

/** What a reader needs, checked on the rendered page; returns every problem found. */
function readable(win: Win, el: Element): string[] {
  const bad: string[] = [];
  const host = el.getBoundingClientRect();
  const name = (e: Element) =>
    `${el.localName} ${e.localName}${e.id ? '#' + e.id : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
  for (const e of deep(el.shadowRoot!)) {
    if (!visible(e)) continue;
    const cs = win.getComputedStyle(e);
    const r = e.getBoundingClientRect();
    if (ownText(e)) {
      const size = parseFloat(cs.fontSize);
      if (size < 14) bad.push(`${name(e)}: text ${size}px`);
      const lh = cs.lineHeight == 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
      if (lh < size * 1.2) bad.push(`${name(e)}: line-height ${cs.lineHeight} for ${size}px text`);
      if (cs.textTransform != 'none') bad.push(`${name(e)}: text-transform ${cs.textTransform}`);
      if (r.left < host.left - 1 || r.right > host.right + 1) bad.push(`${name(e)}: outside the widget`);
    }
    if (/^(hidden|clip)$/.test(cs.overflowX) || /^(hidden|clip)$/.test(cs.overflowY))
      if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) bad.push(`${name(e)}: clipped`);
    const control =
      e.matches('button, select, textarea, summary, input:not([type=hidden]), [role=button], [role=checkbox]') ||
      (e.matches('a[href]') && cs.display != 'inline');
    if (control) {
      const label = (e as HTMLInputElement).labels?.[0];
      const t = label && visible(label) ? label.getBoundingClientRect() : r;
      if (Math.max(t.width, r.width) < 24 || Math.max(t.height, r.height) < 24)
        bad.push(`${name(e)}: target ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
  }
  return bad;
}

describe('drop-in: hostile host CSS', () => {
  let baseline: Record<string, string[]>;

  before(async () => {
    const win = await frame(`${inDivs.replace(/<\/?div>/g, '')}${script()}`, { head: plain });
    const els = await rendered(win);
    await open(win, els);
    baseline = Object.fromEntries(els.map((el) => [el.localName, styles(win, el)]));
    const problems = els.flatMap((el) => readable(win, el));
    expect(problems, 'on a plain page').to.deep.equal([]);
  });

  for (const [name, head, body] of pages) {
    describe(`on a page with ${name}`, () => {
      let win: Win;
      let els: Element[];
      beforeEach(async () => {
        win = await frame(body + script(), { head });
        els = await rendered(win);
        await open(win, els);
      });

      it('body text is at least 14 px and spaced, controls at least 24 px, nothing clipped or outside', () => {
        expect(els.flatMap((el) => readable(win, el))).to.deep.equal([]);
      });

      it('inside the widgets, every style the host should not change is as on a plain page', () => {
        for (const el of els) expect(styles(win, el), el.localName).to.deep.equal(baseline[el.localName]);
      });
    });
  }

  it('what the host may change does change: the font it inherits, and the --ser-* tokens', async () => {
    const head = `<style>body { font-family: Georgia, serif; }
      ser-what-to-expect { --ser-font: monospace; }
      ser-explainer-card, ser-what-to-expect, ser-emotion-checklist { --ser-accent: rgb(1, 2, 3); --ser-text: rgb(4, 5, 6); }</style>`;
    const win = await frame(inDivs + script(), { head });
    for (const el of await rendered(win)) {
      const all = deep(el.shadowRoot!).map((e) => win.getComputedStyle(e));
      const font = el.localName == 'ser-what-to-expect' ? 'monospace' : 'Georgia';
      expect(all.filter((cs) => cs.fontFamily.includes(font)).length, `${el.localName} ${font}`).to.be.greaterThan(0);
      const colours = all.flatMap((cs) => [cs.color, cs.backgroundColor, cs.borderTopColor, cs.outlineColor]);
      expect(colours, `${el.localName} --ser-accent`).to.include('rgb(1, 2, 3)');
      expect(colours, `${el.localName} --ser-text`).to.include('rgb(4, 5, 6)');
    }
  });

  it('leaves the host page as it was: its styles, style sheets and head', async () => {
    const host = `<h2>Host</h2><p>Text <a href="#x">link</a></p><button>Host button</button><ul><li>One</li></ul>
      <details><summary>More</summary>Host details</details><input type="checkbox" aria-label="host box">`;
    // A scrollbar that is always there: the widgets make the page taller, which must not count as a change.
    const win = await frame(host + inDivs, { head: bootstrap + '<style>html { overflow-y: scroll }</style>' });
    const doc = win.document;
    const snap = () => ({
      head: doc.head.innerHTML,
      sheets: doc.styleSheets.length,
      adopted: doc.adoptedStyleSheets.length,
      root: doc.documentElement.getAttributeNames().join(),
    });
    const computed = () =>
      [...doc.querySelectorAll('body > :not(div)')].flatMap((e) => {
        const cs = win.getComputedStyle(e);
        return [...cs].map((p) => `${e.localName} ${p}: ${cs.getPropertyValue(p)}`);
      });
    const [before, styles] = [snap(), computed()];
    const s = doc.createElement('script');
    s.src = '/dist/ser-widgets.js';
    doc.body.append(s);
    const els = await rendered(win);
    await open(win, els);
    s.remove();
    expect(snap()).to.deep.equal(before);
    const after = computed();
    expect(
      after.filter((x, i) => x != styles[i]),
      'host styles that changed',
    ).to.deep.equal([]);
  });
});
