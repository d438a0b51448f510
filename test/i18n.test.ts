import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import type { SerProvider } from '../src/components/provider/provider.js';
import { en } from '../src/i18n/en.js';
import { matchLocale } from '../src/i18n/locale.js';
import de from '../src/i18n/locales/de.js';
import es from '../src/i18n/locales/es.js';
import fr from '../src/i18n/locales/fr.js';
import pt from '../src/i18n/locales/pt.js';
import type { Messages } from '../src/i18n/types.js';
import { captureConsole, page, render, until } from './support/helpers.js';

const packs: Record<string, Messages> = { es, fr, de, pt };

/** The text of the widget's main heading (an h2…h6, whatever the final markup around it). Not `\s`: French keeps its narrow no-break spaces. */
const heading = (el: Element): string =>
  el.shadowRoot
    ?.querySelector('h2, h3, h4, h5, h6')
    ?.textContent?.replace(/[ \t\r\n]+/g, ' ')
    .trim() ?? '';

/** Waits until the card shows the heading of `m` (locale packs load asynchronously). */
const shows = (el: Element, m: Messages) => until(() => heading(el) == m.cardHeading);

/** Every leaf string with its path, for comparing a translation with English. */
const leaves = (v: unknown, path = ''): [string, string][] =>
  typeof v == 'string'
    ? [[path, v]]
    : Array.isArray(v)
      ? v.flatMap((x, i) => leaves(x, `${path}[${i}]`))
      : Object.entries(v as object).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));

/** The shape of a message tree: keys, array lengths and ids, with every other string blanked. */
const shape = (v: unknown): unknown =>
  typeof v == 'string'
    ? 's'
    : Array.isArray(v)
      ? v.map(shape)
      : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, k == 'id' ? x : shape(x)]));

const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('locale packs', () => {
  for (const [lang, m] of Object.entries(packs)) {
    describe(lang, () => {
      it('has exactly the keys, list lengths and ids of English', () => {
        expect(shape(m)).to.deep.equal(shape(en));
      });

      it('has no empty strings', () => {
        for (const [path, s] of leaves(m)) expect(s.trim(), `${lang}.${path}`).to.not.equal('');
      });

      it('keeps every {name} and {list} placeholder, and adds none', () => {
        const english = new Map(leaves(en));
        for (const [path, s] of leaves(m)) {
          if (path.endsWith('.id')) continue;
          expect(slots(s), `${lang}.${path}`).to.deep.equal(slots(english.get(path)!));
        }
      });

      it('is translated, not a copy of English', () => {
        const english = new Map(leaves(en));
        const texts = leaves(m).filter(([p]) => !p.endsWith('.id'));
        const same = texts.filter(([p, s]) => s == english.get(p)).map(([p]) => p);
        // A few words are the same in both languages ("Frustration"); whole messages are not.
        expect(same.length, same.join(', ')).to.be.below(texts.length / 20);
      });

      it('shares no objects with English (each file stands alone, without importing en)', () => {
        expect(m).to.not.equal(en);
        expect(m.sections).to.not.equal(en.sections);
        expect(m.groups).to.not.equal(en.groups);
      });
    });
  }
});

describe('typography of the translations', () => {
  it('French: a no-break space, never a plain one, before ? ! : ;', () => {
    for (const [path, s] of leaves(fr)) expect(s, `fr.${path}`).to.not.match(/ [?!:;]/);
  });

  it('Spanish: every question opens with ¿', () => {
    for (const [path, s] of leaves(es))
      if (s.includes('?')) expect(s.split('?').length, `es.${path}`).to.equal(s.split('¿').length);
  });

  it('no straight apostrophes in French (typographic ’)', () => {
    for (const [path, s] of leaves(fr)) expect(s, `fr.${path}`).to.not.include("'");
  });
});

describe('which language a widget shows', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('English, with no locale anywhere but <html lang="en">', async () => {
    const el = await render(html`<ser-explainer-card></ser-explainer-card>`);
    expect(heading(el)).to.equal(en.cardHeading);
  });

  it('English when the page has no lang at all', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await render(html`<ser-explainer-card></ser-explainer-card>`);
    expect(heading(el)).to.equal(en.cardHeading);
  });

  it('follows <html lang>', async () => {
    document.documentElement.lang = 'fr';
    const el = await render(html`<ser-explainer-card></ser-explainer-card>`);
    await shows(el, fr);
  });

  it('the nearest ancestor lang beats <html lang>', async () => {
    document.documentElement.lang = 'fr';
    const div = await render(html`<div lang="es"><div lang="de"><ser-explainer-card></ser-explainer-card></div></div>`);
    await shows(div.querySelector('ser-explainer-card')!, de);
  });

  it('the nearest provider beats any ancestor lang, even a nearer one', async () => {
    const p = await render(
      html`<ser-provider locale="es"><div lang="de"><ser-explainer-card></ser-explainer-card></div></ser-provider>`,
    );
    await shows(p.querySelector('ser-explainer-card')!, es);
  });

  it('the innermost provider wins', async () => {
    const p = await render(
      html`<ser-provider locale="es"><ser-provider locale="pt"><ser-explainer-card></ser-explainer-card></ser-provider></ser-provider>`,
    );
    await shows(p.querySelector('ser-explainer-card')!, pt);
  });

  it("the widget's own locale attribute beats everything", async () => {
    document.documentElement.lang = 'fr';
    const p = await render(
      html`<ser-provider locale="es"><div lang="de"><ser-explainer-card locale="pt"></ser-explainer-card></div></ser-provider>`,
    );
    await shows(p.querySelector('ser-explainer-card')!, pt);
  });

  it('a regional tag falls back to its language: pt-BR shows Portuguese, de-CH German', async () => {
    const div = await render(
      html`<div><ser-explainer-card locale="pt-BR"></ser-explainer-card><ser-explainer-card locale="de-CH"></ser-explainer-card></div>`,
    );
    const [a, b] = div.querySelectorAll('ser-explainer-card');
    await shows(a, pt);
    await shows(b, de);
  });

  it('is case-insensitive: ES and Fr work', () => {
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('Fr-ca')).to.equal('fr');
  });

  it('an unknown language shows English, with exactly one console info for the whole page', async () => {
    let el!: Element;
    const infos = await captureConsole('info', async () => {
      el = await render(
        html`<div><ser-explainer-card locale="xx"></ser-explainer-card><ser-explainer-card locale="xx"></ser-explainer-card></div>`,
      );
    });
    expect(infos).to.have.length(1);
    expect(infos[0]).to.contain('"xx"').and.contain('English');
    for (const card of el.querySelectorAll('ser-explainer-card')) expect(heading(card)).to.equal(en.cardHeading);
  });

  for (const tag of ['12', 'en_US!', '<b>x</b>', ' ']) {
    it(`an invalid tag (${JSON.stringify(tag)}) shows English and throws nothing`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      try {
        const el = await render(html`<ser-explainer-card locale=${tag}></ser-explainer-card>`);
        await new Promise((r) => setTimeout(r, 50));
        expect(heading(el)).to.equal(en.cardHeading);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('switching language live', () => {
  it("changing the provider's locale re-renders every widget inside it", async () => {
    const p = await render<SerProvider>(
      html`<ser-provider locale="es"><ser-explainer-card></ser-explainer-card><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    const cards = [...p.querySelectorAll('ser-explainer-card')];
    for (const c of cards) await shows(c, es);
    p.locale = 'de';
    for (const c of cards) await shows(c, de);
    p.setAttribute('locale', 'fr');
    for (const c of cards) await shows(c, fr);
    p.removeAttribute('locale');
    for (const c of cards) await shows(c, en);
  });

  it("changing the widget's own locale re-renders it", async () => {
    const el = await render<HTMLElement & { locale?: string }>(html`<ser-explainer-card></ser-explainer-card>`);
    el.locale = 'pt';
    await shows(el, pt);
    el.setAttribute('locale', 'en');
    await shows(el, en);
  });

  it('a fast switch ends on the last language asked for, not the last one loaded', async () => {
    const p = await render<SerProvider>(html`<ser-provider><ser-explainer-card></ser-explainer-card></ser-provider>`);
    const card = p.querySelector('ser-explainer-card')!;
    for (const lang of ['de', 'fr', 'es', 'pt']) {
      p.locale = lang;
      await p.updateComplete;
    }
    await shows(card, pt);
    await new Promise((r) => setTimeout(r, 100));
    expect(heading(card)).to.equal(pt.cardHeading);
  });
});

describe('every widget in every language', function () {
  // axe over three widgets is slow on a busy machine.
  this.timeout(30000);
  for (const [lang, m] of Object.entries({ en, ...packs }))
    it(`${lang}: shows the translated copy and passes axe`, async () => {
      const p = await render(html`<ser-provider locale=${lang} booking-url="/book">
        <ser-explainer-card></ser-explainer-card>
        <ser-what-to-expect></ser-what-to-expect>
        <ser-emotion-checklist allow-other></ser-emotion-checklist>
      </ser-provider>`);
      await shows(p.querySelector('ser-explainer-card')!, m);
      const wte = p.querySelector('ser-what-to-expect')!;
      const cl = p.querySelector('ser-emotion-checklist')!;
      await until(() => wte.shadowRoot!.textContent!.includes(m.sections[0].title));
      await until(() => cl.shadowRoot!.textContent!.includes(m.groups[0].items[0].label));
      await expect(p).to.be.accessible();
    });
});

describe('the checklist summary in every language', () => {
  for (const [lang, m] of Object.entries({ en, ...packs }))
    it(`${lang}: "${m.clNoted}" with the ticked labels joined by commas`, async () => {
      const cl = await render(html`<ser-emotion-checklist locale=${lang}></ser-emotion-checklist>`);
      await until(() => cl.shadowRoot!.textContent!.includes(m.groups[0].items[0].label));
      const boxes = cl.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
      boxes[0].click();
      boxes[1].click();
      await (cl as LitElement).updateComplete;
      const [first, second] = m.groups[0].items;
      expect(cl.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal(
        m.clNoted.replace('{list}', `${first.label}, ${second.label}`),
      );
    });
});

describe('loading locale files in the built drop-in', () => {
  const spy = `<script>window.logs=[];for(const k of ['warn','error','info'])console[k]=(...a)=>logs.push(k+': '+a.join(' '));addEventListener('error',e=>logs.push('error: '+e.message));addEventListener('unhandledrejection',e=>logs.push('error: '+e.reason));</script>`;
  const logs = (win: Window) => (win as unknown as { logs: string[] }).logs;
  const localeRequests = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.includes('/locales/'));

  it('an English page fetches locales/en.json only, once, after its first render', async () => {
    const win = await page(
      `${spy}<script src="/dist/ser-widgets.js"></script><ser-explainer-card></ser-explainer-card><ser-explainer-card></ser-explainer-card>`,
    );
    const card = win.document.querySelector('ser-explainer-card')!;
    await until(() => heading(card));
    expect(heading(card)).to.equal(en.cardHeading);
    await until(() => localeRequests(win).length);
    await new Promise((r) => setTimeout(r, 200));
    expect(localeRequests(win)).to.deep.equal(['/dist/locales/en.json']);
    expect(logs(win)).to.deep.equal([]);
  });

  it('a Spanish page fetches locales/es.json from beside the drop-in, once, and nothing else', async () => {
    const win = await page(
      `${spy}<script src="/dist/ser-widgets.js"></script><ser-provider locale="es-MX"><ser-explainer-card></ser-explainer-card><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    for (const card of win.document.querySelectorAll('ser-explainer-card')) await shows(card, es);
    expect(localeRequests(win)).to.deep.equal(['/dist/locales/es.json']);
    expect(logs(win)).to.deep.equal([]);
  });

  it('a locale file that cannot load (blocked by CSP) leaves English, with one warning and no error', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${location.origin}/dist/ser-widgets.js; connect-src 'none'">`;
    const win = await page(
      `${csp}${spy}<script src="/dist/ser-widgets.js"></script><ser-provider locale="fr"><ser-explainer-card></ser-explainer-card><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    await until(() => logs(win).length == 2);
    await new Promise((r) => setTimeout(r, 100));
    const cards = win.document.querySelectorAll('ser-explainer-card');
    for (const card of cards) expect(heading(card)).to.equal(en.cardHeading);
    // The English shown instead lacks the text behind "Learn more" until locales/en.json loads: blocked too.
    expect(logs(win)).to.have.length(2);
    expect(logs(win)[0]).to.match(/^warn: .*locales\/fr\.json.*English/);
    expect(logs(win)[1]).to.match(/^warn: .*locales\/en\.json/);
  });

  it('a drop-in pasted inline (no script URL to load locales from) leaves English and throws nothing', async () => {
    const code = await (await fetch('/dist/ser-widgets.js')).text();
    const win = await page(`${spy}<ser-provider locale="de"><ser-explainer-card></ser-explainer-card></ser-provider>`);
    const s = win.document.createElement('script');
    s.textContent = code;
    win.document.body.append(s);
    const card = win.document.querySelector('ser-explainer-card')!;
    await until(() => logs(win).length);
    await new Promise((r) => setTimeout(r, 100));
    expect(heading(card)).to.equal(en.cardHeading);
    expect(logs(win).filter((l) => l.startsWith('error'))).to.deep.equal([]);
  });
});
