// The checklist's own "Print my notes" (src/components/emotion-checklist/print-notes.ts): what the printed note says.
import { expect, html } from '@open-wc/testing';
import '../src/components/emotion-checklist/emotion-checklist.js';
import '../src/components/provider/provider.js';
import type { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.js';
import { en } from '../src/i18n/en.js';
import de from '../src/i18n/locales/de.js';
import es from '../src/i18n/locales/es.js';
import fr from '../src/i18n/locales/fr.js';
import pt from '../src/i18n/locales/pt.js';
import type { Messages } from '../src/i18n/types.js';
import { fmt } from '../src/internal/format.js';
import {
  exercise,
  frame as page,
  rendered,
  script,
  strictCsp,
  strictCspWithLanguages,
  tick as settleFrame,
} from './support/drop-in/frame.js';
import { printed, render, until } from './support/helpers.js';

type El = SerEmotionChecklist;
const packs: Record<string, Messages> = { en, es, fr, de, pt };
const fold = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const button = (el: El, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b.textContent) == name)!;
const date = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());

/** Ticks like a person: a click on the label. */
async function tick(el: El, id: string) {
  [...el.shadowRoot!.querySelectorAll('input')].find((b) => b.value == id)!.labels![0].click();
  await el.updateComplete;
}

/** Clicks Print and resolves to the printed document (its print() stubbed). */
const print = (el: El, m: Messages = en): Promise<Document> => printed(el, button(el, m.clPrint));

/** The printed page block by block, as [tag, text]: what paper shows, in order. */
const blocks = (d: Document) => [...d.body.children].map((e) => [e.localName, e.textContent]);

describe('<ser-emotion-checklist> printed note', () => {
  it('has the title, the date, the practitioner by name, each group with what was ticked in it, the free text, a notes box', async () => {
    const p = await render<HTMLElement>(
      html`<ser-provider practitioner="Maya"><ser-emotion-checklist allow-other></ser-emotion-checklist></ser-provider>`,
    );
    const el = p.querySelector<El>('ser-emotion-checklist')!;
    await tick(el, 'fear');
    await tick(el, 'sadness');
    await tick(el, 'lightness');
    el.other = 'sleepy\nand slow';
    await el.updateComplete;
    const d = await print(el);
    expect(blocks(d)).to.deep.equal([
      ['h1', 'My notes from my session'],
      ['p', date('en')],
      ['p', 'To share with Maya, if you like.'],
      ['h2', en.groups[0].legend],
      ['p', 'Fear\nSadness'],
      ['h2', en.groups[1].legend],
      ['p', 'Lightness'],
      ['h2', 'Something else'],
      ['p', 'sleepy\nand slow'],
      ['h2', 'My notes and questions'],
      ['div', ''],
    ]);
    // One item per line on paper: the line breaks are kept, not folded into spaces.
    expect(d.defaultView!.getComputedStyle(d.querySelectorAll('p')[2]).whiteSpace).to.equal('pre-line');
    expect(d.title).to.equal(en.clPrintTitle);
    expect(d.documentElement.lang).to.equal('en');
  });

  it('without a practitioner name, uses the built-in wording; a group with nothing ticked is left out', async () => {
    const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
    await tick(el, 'relief');
    const d = await print(el);
    const text = blocks(d).map((b) => b[1]);
    expect(text).to.include('To share with your practitioner, if you like.');
    expect(text).to.include('Relief');
    expect(text).not.to.include(en.groups[0].legend);
    expect(text).to.include(en.groups[1].legend);
    expect(text).not.to.include(en.clOther);
  });

  it('with nothing ticked is still a note: title, date, practitioner and the notes box, and it prints', async () => {
    const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
    const d = await print(el);
    expect(blocks(d)).to.deep.equal([
      ['h1', en.clPrintTitle],
      ['p', date('en')],
      ['p', 'To share with your practitioner, if you like.'],
      ['h2', en.clPrintNotes],
      ['div', ''],
    ]);
  });

  it('uses the practitioner groups and their words, written in HTML', async () => {
    const el = await render<El>(html`<ser-emotion-checklist>
      <fieldset name="body">
        <legend>In my body</legend>
        <label><input type="checkbox" value="warm" /> Warmth</label>
        <label><input type="checkbox" value="tingle" /> Tingling</label>
      </fieldset>
    </ser-emotion-checklist>`);
    await tick(el, 'tingle');
    const d = await print(el);
    expect(blocks(d).slice(3, 5)).to.deep.equal([
      ['h2', 'In my body'],
      ['p', 'Tingling'],
    ]);
  });

  it('leaves real room to write: a bordered box several centimetres high, on a plain page', async () => {
    const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
    const d = await print(el);
    const box = d.defaultView!.getComputedStyle(d.querySelector('div')!);
    expect(parseFloat(box.height)).to.be.above(300);
    expect(box.borderTopStyle).to.equal('solid');
    expect(parseFloat(box.borderLeftWidth)).to.be.at.least(1);
    // Print keeps borders but drops backgrounds: the box must not rely on one.
    expect(box.backgroundImage).to.equal('none');
    expect(d.defaultView!.getComputedStyle(d.body).fontFamily).to.contain('sans-serif');
  });

  for (const [lang, m] of Object.entries(packs).filter(([l]) => l != 'en'))
    it(`${lang}: every word on paper is in the widget's language, the date too`, async () => {
      const el = await render<El>(html`<ser-emotion-checklist locale=${lang} allow-other></ser-emotion-checklist>`);
      await until(() => fold(el.shadowRoot!.querySelector('h2')?.textContent) == m.clHeading);
      await tick(el, 'fear');
      el.other = 'x';
      await el.updateComplete;
      const d = await print(el, m);
      expect(blocks(d)).to.deep.equal([
        ['h1', m.clPrintTitle],
        ['p', date(lang)],
        ['p', fmt(m.clPrintFor, { name: m.practitioner })],
        ['h2', m.groups[0].legend],
        ['p', m.groups[0].items.find((i) => i.id == 'fear')!.label],
        ['h2', m.clOther],
        ['p', 'x'],
        ['h2', m.clPrintNotes],
        ['div', ''],
      ]);
      expect(d.documentElement.lang).to.equal(lang);
      expect(d.title).to.equal(m.clPrintTitle);
    });

  it('es, with the provider: names the practitioner in Spanish', async () => {
    const p = await render<HTMLElement>(
      html`<ser-provider locale="es" practitioner="Lucía"><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
    );
    const el = p.querySelector<El>('ser-emotion-checklist')!;
    await until(() => fold(el.shadowRoot!.querySelector('h2')?.textContent) == es.clHeading);
    await tick(el, 'relief');
    const d = await print(el, es);
    expect(blocks(d)[2]).to.deep.equal(['p', 'Para compartir con Lucía, si quieres.']);
    expect(blocks(d)[3]).to.deep.equal(['h2', es.groups[1].legend]);
    expect(blocks(d)[4]).to.deep.equal(['p', 'Alivio']);
  });

  it('prints from a hidden frame with its own sheet, one frame at a time, adding no style to the host page', async () => {
    const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
    const host = () => [document.styleSheets.length, document.adoptedStyleSheets.length, document.head.innerHTML];
    const before = host();
    await print(el);
    const d = await print(el);
    const frames = el.shadowRoot!.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    expect(frames[0].getBoundingClientRect().width).to.equal(0);
    expect(frames[0].title).to.equal(en.clPrintTitle);
    expect(d.querySelectorAll('style, [style], link')).to.have.length(0);
    expect(d.adoptedStyleSheets).to.have.length(1);
    expect(d.defaultView!.getComputedStyle(d.body).fontFamily).to.equal('sans-serif');
    expect(host()).to.deep.equal(before);
  });

  it('works from the drop-in under a strict CSP (no inline style): styled, printed, nothing reported', async () => {
    // The README's strict policy: the printed note's English comes with locales/en.json, fetched on first use here.
    const win = await page(
      `<ser-provider practitioner="Sam"><ser-emotion-checklist></ser-emotion-checklist></ser-provider>${script()}`,
      { csp: strictCspWithLanguages },
    );
    const [el] = await rendered(win);
    await exercise(win, el);
    await until(() => win.__spy.calls.includes('print()'));
    await settleFrame(win);
    const d = el.shadowRoot!.querySelector('iframe')!.contentDocument!;
    expect(fold(d.body.textContent)).to.contain('To share with Sam, if you like.');
    expect(d.defaultView!.getComputedStyle(d.body).fontFamily).to.equal('sans-serif');
    expect(parseFloat(d.defaultView!.getComputedStyle(d.querySelector('div')!).height)).to.be.above(300);
    expect(win.__spy.violations).to.deep.equal([]);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('from the drop-in where locales/en.json is blocked, still prints: the date and the notes box, without the headings', async () => {
    const win = await page(`<ser-emotion-checklist></ser-emotion-checklist>${script()}`, { csp: strictCsp });
    const [el] = await rendered(win);
    await exercise(win, el);
    await until(() => win.__spy.calls.includes('print()'));
    await settleFrame(win);
    const d = el.shadowRoot!.querySelector('iframe')!.contentDocument!;
    expect(fold(d.body.textContent)).to.contain(date('en')).and.not.contain(en.clPrintTitle);
    expect(d.querySelector('div')).to.not.equal(null);
    expect(win.__spy.errors).to.deep.equal([]);
  });
});
