// The built drop-in (dist/ser-widgets.js) in real pages: every way a site may load it.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import es from '../../src/i18n/locales/es.js';
import type { Messages } from '../../src/i18n/types.js';
import { until } from '../support/helpers.js';
import {
  allTags,
  complaints,
  frame,
  otherOrigin,
  rendered,
  script,
  shown,
  tick,
  widgets,
  widgetTags,
  type Win,
} from '../support/drop-in/frame.js';

/** One string of each widget's copy that is always on screen. */
const marks = (m: Messages): Record<string, string> => ({
  'ser-explainer-card': m.cardHeading,
  'ser-what-to-expect': m.sections[0].title,
  'ser-emotion-checklist': m.clHeading,
});

/** The copy a widget should show: Spanish inside `<ser-provider locale="es">`, else English. */
const mark = (el: Element) => marks(el.closest('ser-provider[locale="es"]') ? es : en)[el.localName];

/** Every element is defined, every widget shows its copy, and the page logged nothing bad. */
async function works(win: Win, quiet = true): Promise<void> {
  await until(() => allTags.every((t) => win.customElements.get(t)));
  const els = await rendered(win);
  expect(els.length, 'widgets in the page').to.be.greaterThan(0);
  await until(() => els.every((el) => shown(el).includes(mark(el))), 3000).catch(() => undefined);
  for (const el of els) expect(shown(el), `${el.localName}, ${el.parentElement!.localName}`).to.contain(mark(el));
  expect(win.__spy.errors, 'errors').to.deep.equal([]);
  if (quiet) expect(complaints(win), 'console').to.deep.equal([]);
}

describe('drop-in: loading', () => {
  const modes: [string, string, string][] = [
    ['a classic deferred script in <head>', script('defer'), widgets],
    ['an async script in <head>', script('async'), widgets],
    ['type="module" in <head>', script('type="module"'), widgets],
    ['a classic script at the end of <body>, after the elements', '', widgets + script()],
  ];
  for (const [name, head, body] of modes) {
    it(`works as ${name}, and fetches a locale from beside itself`, async () => {
      const win = await frame(`${body}<ser-provider locale="es">${widgets}</ser-provider>`, { head });
      await works(win);
    });
  }

  it('works when another script injects it after the page has loaded', async () => {
    const win = await frame(widgets);
    await tick(win);
    expect(win.customElements.get('ser-provider')).to.be.undefined;
    const s = win.document.createElement('script');
    s.src = '/dist/ser-widgets.js';
    win.document.head.append(s);
    await works(win);
  });

  it('adds one global of its own, SerWidgets, with the version', async () => {
    const win = await frame('');
    const before = new Set(Object.getOwnPropertyNames(win));
    const metadataBefore = Object.hasOwn(win.Symbol, 'metadata');
    const s = win.document.createElement('script');
    s.src = '/dist/ser-widgets.js';
    const loaded = new Promise((r) => s.addEventListener('load', r));
    win.document.head.append(s);
    await loaded;
    const added = Object.getOwnPropertyNames(win).filter((k) => !before.has(k));
    // The build strips Lit's version registries and its decorator metadata (`litPropertyMetadata`, `Symbol.metadata`).
    expect(added).to.deep.equal(['SerWidgets']);
    expect(Object.hasOwn(win.Symbol, 'metadata'), 'Symbol.metadata').to.equal(metadataBefore);
    expect(win.SerWidgets!.version).to.match(/^\d+\.\d+\.\d+/);
  });
});

describe('drop-in: included more than once', () => {
  const twice: [string, string][] = [
    ['the same URL twice', script() + script()],
    ['two copies from different URLs', script('', '/dist/ser-widgets.js') + script('', '/cdn2/ser-widgets.js')],
    ['a deferred copy and an async copy', script('defer') + script('async', '/cdn2/ser-widgets.js')],
  ];
  for (const [name, head] of twice) {
    it(`${name}: runs once, with one warning, no error, and working widgets`, async () => {
      const win = await frame(`${widgets}<ser-provider locale="es">${widgets}</ser-provider>`, { head });
      await works(win, false);
      await until(() => complaints(win).length);
      expect(complaints(win)).to.have.length(1);
      expect(complaints(win)[0]).to.match(/^warn: ser-widgets .* already on this page/);
    });
  }
});

describe('drop-in: elements before, during and after upgrade', () => {
  it('keeps properties set on elements before the script upgrades them', async () => {
    const win = await frame(widgets);
    for (const el of win.document.querySelectorAll<HTMLElement & { locale?: string }>(widgetTags.join(',')))
      el.locale = 'es';
    win.document.head.insertAdjacentHTML('beforeend', '<meta name="x">');
    const s = win.document.createElement('script');
    s.src = '/dist/ser-widgets.js';
    win.document.head.append(s);
    const els = await rendered(win);
    for (const el of els) {
      expect((el as HTMLElement & { locale?: string }).locale).to.equal('es');
      await until(() => shown(el).includes(marks(es)[el.localName]));
    }
  });

  it('renders elements added later, keeps them whole when moved, and forgets them when removed', async () => {
    const win = await frame(`<div id="a"></div><div id="b"></div>${script()}`);
    await until(() => win.customElements.get('ser-emotion-checklist'));
    const a = win.document.getElementById('a')!;
    a.innerHTML = widgets;
    const els = await rendered(win, a);
    // The text behind "Learn more" and in sections arrives after the first render (locales/en.json).
    await until(() => shown(els[0]).includes(en.cardMore[0]), 5000);
    await rendered(win, a);
    const before = els.map((el) => el.shadowRoot!.innerHTML.length);
    const b = win.document.getElementById('b')!;
    for (const el of els) b.append(el);
    await tick(win);
    els.forEach((el, i) => {
      expect(el.parentElement).to.equal(b);
      expect(el.shadowRoot!.innerHTML.length, `${el.localName} after a move`).to.equal(before[i]);
      expect(shown(el)).to.contain(marks(en)[el.localName]);
    });
    for (const el of els) el.remove();
    await tick(win);
    b.append(...els);
    await rendered(win, b);
    expect(win.__spy.errors).to.deep.equal([]);
    expect(complaints(win)).to.deep.equal([]);
  });

  it('follows attribute changes after upgrade, live', async () => {
    const win = await frame(`<ser-provider>${widgets}</ser-provider>${script()}`);
    await works(win);
    win.document.querySelector('ser-provider')!.setAttribute('locale', 'es');
    for (const el of win.document.querySelectorAll(widgetTags.join(',')))
      await until(() => shown(el).includes(marks(es)[el.localName]));
  });
});

describe('drop-in: when the script is blocked', () => {
  it("the practitioner's own content inside the elements stays readable as plain HTML", async () => {
    const body =
      '<ser-what-to-expect><details><summary>Before we meet</summary><p>Wear soft clothes.</p></details></ser-what-to-expect>' +
      '<ser-emotion-checklist><fieldset><legend>Feelings</legend><label><input type="checkbox" value="calm"> Calm</label></fieldset></ser-emotion-checklist>' +
      '<ser-explainer-card><p slot="summary">A gentle, hands-on practice.</p></ser-explainer-card>' +
      script();
    // Only the test's own recorder may run: the drop-in is blocked as a strict policy or an ad blocker would.
    const win = await frame(body, { csp: `script-src ${location.origin}/test/support/drop-in/fixtures/spy.js` });
    await tick(win);
    expect(win.customElements.get('ser-what-to-expect')).to.be.undefined;
    expect(win.__spy.violations.join()).to.contain('ser-widgets.js');
    for (const text of ['Before we meet', 'Feelings', 'Calm', 'A gentle, hands-on practice.']) {
      const range = win.document.createRange();
      const node = [...win.document.querySelectorAll('summary, legend, label, p')].find(
        (e) => e.textContent!.trim() == text,
      )!;
      range.selectNodeContents(node);
      expect(range.getBoundingClientRect().height, text).to.be.greaterThan(0);
      expect(win.getComputedStyle(node).visibility, text).to.equal('visible');
    }
  });
});

describe('drop-in: a language registered at run time', () => {
  /** A page with every widget inside a provider, the drop-in loaded, and `pack` registered as `lang`. */
  async function registered(lang: string, pack: unknown) {
    const win = await frame(`<ser-provider>${widgets}</ser-provider>${script()}`);
    await rendered(win);
    win.SerWidgets!.registerLocale!(lang, pack);
    win.document.querySelector('ser-provider')!.setAttribute('locale', lang);
    await tick(win);
    return { win, els: await rendered(win) };
  }

  it('registerLocale(\'xx\', {}) then locale="xx": every widget renders, in English, with one warning', async () => {
    const { win, els } = await registered('xx', {});
    for (const el of els) expect(shown(el), el.localName).to.contain(marks(en)[el.localName]);
    expect(shown(els[0])).to.contain(en.cardSummary.slice(0, 40));
    expect(complaints(win)).to.have.length(1);
    expect(complaints(win)[0]).to.match(/^warn: ser-widgets: "xx" .*English/);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('a pack with some keys malformed keeps its good keys and shows English for the others, with one warning', async () => {
    const pack = { ...es, cardHeading: 5, sections: [{ title: 'Only a title' }], groups: 'none', clIntro: ['a list'] };
    const { win, els } = await registered('yy', pack);
    const [card, wte, cl] = els;
    expect(shown(card)).to.contain(en.cardHeading).and.contain(es.cardMoreOpen);
    expect(shown(wte)).to.contain(en.sections[0].title).and.not.contain('Only a title');
    expect(shown(wte)).to.contain(es.wteShowAll);
    expect(shown(cl)).to.contain(es.clHeading).and.contain(en.clIntro).and.contain(en.groups[0].items[0].label);
    expect(complaints(win)).to.have.length(1);
    expect(complaints(win)[0]).to.match(/^warn: ser-widgets: "yy" /);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  for (const pack of [null, 'text', [], 42])
    it(`registerLocale('zz', ${JSON.stringify(pack)}): English, one warning, nothing thrown`, async () => {
      const { win, els } = await registered('zz', pack);
      for (const el of els) expect(shown(el), el.localName).to.contain(marks(en)[el.localName]);
      expect(complaints(win)).to.have.length(1);
      expect(win.__spy.errors).to.deep.equal([]);
    });
});

describe('drop-in: page markup cannot stop it', () => {
  const markup: [string, string][] = [
    [
      '<form id="SerWidgets"><input name="version">',
      '<form id="SerWidgets"><input name="version" value="1.0.0"></form>',
    ],
    [
      'two <a id="SerWidgets">, one named "version"',
      '<a id="SerWidgets"></a><a id="SerWidgets" name="version" href="1.0.0">x</a>',
    ],
    [
      '<iframe name="SerWidgets"> from another origin',
      `<iframe name="SerWidgets" src="${otherOrigin}/dist/ser-widgets.sri.txt"></iframe>`,
    ],
  ];
  for (const [name, html] of markup)
    it(`${name} is not a copy already loaded: the widgets run, and nothing throws`, async () => {
      const win = await frame(`${html}${widgets}`);
      // Only once the frame shows the other origin does reading window.SerWidgets.version throw.
      const other = win.document.querySelector('iframe');
      if (other)
        await until(() => {
          try {
            return !other.contentWindow!.location.href;
          } catch {
            return true;
          }
        });
      const s = win.document.createElement('script');
      s.src = '/dist/ser-widgets.js';
      win.document.head.append(s);
      await works(win);
      expect(win.SerWidgets!.version).to.match(/^\d+\.\d+\.\d+/);
    });
});
