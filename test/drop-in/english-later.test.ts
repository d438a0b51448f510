// The drop-in's English carries what a reader sees first; the text behind "Learn more" and inside sections comes
// from locales/en.json beside it, fetched once after the first render (at idle, or at once when a reader opens a part).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { until } from '../support/helpers.js';
import {
  complaints,
  frame,
  rendered,
  script,
  shown,
  strictCsp,
  strictCspWithLanguages,
  type Win,
} from '../support/drop-in/frame.js';

const card = '<ser-explainer-card></ser-explainer-card>';
const wte = '<ser-what-to-expect></ser-what-to-expect>';
/** Texts without `{name}`: the first "Learn more" paragraph, and the first section's paragraph and first bullet. */
const more = en.cardMore[0];
const [body] = en.sections[0].body;
const [bullet] = en.sections[0].list!;

const fetches = (win: Win) => win.__spy.calls.filter((c) => c.startsWith('fetch('));
const enJson = (dir = 'dist') => `fetch(${location.origin}/${dir}/locales/en.json)`;
const $ = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!;
const toggle = (cardEl: Element) => cardEl.shadowRoot!.querySelector<HTMLElement>('[part=toggle]')!;
/** What a reader sees in one part (the "Learn more" box or a section's panel): empty while hidden. */
const visibleText = (part: HTMLElement) => (part.checkVisibility() ? part.innerText.replace(/\s+/g, ' ').trim() : '');
/** A page script that keeps the browser from ever being idle, so only a reader's action can start the fetch. */
const neverIdle = '<script>window.requestIdleCallback = () => 0</script>';

/** The widgets' `@media print` rules applied on screen, in the frame's own document (as stories/support/print-media.ts does). */
function printRules(win: Win, els: Element[]): void {
  for (const el of els) {
    const root = el.shadowRoot!;
    root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
      const copy = new win.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((r) => r.cssText).join('\n'));
      for (const rule of copy.cssRules)
        if (rule instanceof win.CSSMediaRule && rule.media.mediaText == 'print') rule.media.mediaText = 'all';
      return copy;
    });
  }
}

describe('drop-in: English text that loads after the first render', () => {
  it('the first render shows headings, summary and titles; the rest arrives without a click, in one request for the page', async function () {
    this.timeout(20000);
    const win = await frame(`${card}${wte}${wte}${script('', '/slow/ser-widgets.js')}`);
    const [c, w] = await rendered(win);
    expect(shown(c)).to.contain(en.cardHeading).and.contain(en.cardMoreOpen).and.not.contain(more);
    expect(shown(w)).to.contain(en.sections[0].title).and.not.contain(body);
    await until(() => shown(c).includes(more) && shown(w).includes(bullet), 10000);
    for (const other of win.document.querySelectorAll('ser-what-to-expect')) expect(shown(other)).to.contain(body);
    expect(fetches(win)).to.deep.equal([enJson('slow')]);
    expect(complaints(win)).to.deep.equal([]);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('a section and "Learn more" opened before the text arrives stay open and fill in when it does', async function () {
    this.timeout(20000);
    // No idle fetch: the clicks start it, so the server's 3 s delay is still running when the parts are checked.
    const win = await frame(`${card}${wte}${script('', '/slow/run2/ser-widgets.js')}`, { head: neverIdle });
    const [c, w] = await rendered(win);
    $(w, 'b-before').click();
    toggle(c).click();
    await until(() => fetches(win).length);
    expect($(w, 'b-before').getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText($(w, 'p-before'))).to.equal('');
    expect(visibleText($(c, 'more'))).to.equal('');
    await until(() => visibleText($(w, 'p-before')).includes(bullet), 10000);
    expect(visibleText($(w, 'p-before'))).to.contain(body);
    expect(visibleText($(c, 'more'))).to.contain(more);
    expect($(w, 'b-before').getAttribute('aria-expanded')).to.equal('true');
    expect(complaints(win)).to.deep.equal([]);
  });

  describe('a reader who needs the text starts the fetch at once', () => {
    const waited = async (win: Win) => {
      const els = await rendered(win);
      await new Promise((r) => setTimeout(r, 400));
      expect(fetches(win), 'before any action').to.deep.equal([]);
      return els;
    };

    it('"Learn more"', async () => {
      const win = await frame(`${card}${script()}`, { head: neverIdle });
      const [c] = await waited(win);
      toggle(c).click();
      await until(() => visibleText($(c, 'more')).includes(more));
      expect(fetches(win)).to.deep.equal([enJson()]);
    });

    it('"Show all sections"', async () => {
      const win = await frame(`${wte}${script()}`, { head: neverIdle });
      const [w] = await waited(win);
      (w.shadowRoot!.querySelector('[part=toggle-all]') as HTMLElement).click();
      await until(() => visibleText($(w, 'p-control')).includes(en.sections[3].body[1]));
    });

    it('a #ser-before link', async () => {
      const win = await frame(`${wte}${script()}`, { head: neverIdle });
      const [w] = await waited(win);
      win.location.hash = '#ser-before';
      await until(() => visibleText($(w, 'p-before')).includes(body));
    });

    it('printing (beforeprint)', async () => {
      const win = await frame(`${card}${wte}${script()}`, { head: neverIdle });
      const els = await waited(win);
      win.dispatchEvent(new win.Event('beforeprint'));
      await until(() => shown(els[1]).includes(bullet));
      printRules(win, els);
      expect(visibleText($(els[0], 'more'))).to.contain(more);
      for (const s of en.sections)
        expect(visibleText($(els[1], `p-${s.id}`)), s.id).to.contain(s.body[0].split('{name}')[0]);
    });

    it('a failed copy on a checklist alone: one request, then the message, with the notes selected', async () => {
      const win = await frame(`<ser-emotion-checklist></ser-emotion-checklist>${script()}`, { head: neverIdle });
      const [el] = await rendered(win);
      Object.defineProperty(win.navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() == en.clCopy)!;
      copy.click();
      await until(() => el.shadowRoot!.querySelector('[part=actions] [role=status]')!.textContent == en.clCopyFail);
      expect(fetches(win)).to.deep.equal([enJson()]);
      expect(win.getSelection()!.toString()).to.contain(en.clNone);
    });

    it('an English checklist alone needs none of it: no request at all', async () => {
      const win = await frame(`<ser-emotion-checklist></ser-emotion-checklist>${script()}`);
      await rendered(win);
      await new Promise((r) => setTimeout(r, 800));
      expect(fetches(win)).to.deep.equal([]);
    });
  });

  it('after it loaded, the page prints every section and "Learn more" in full', async () => {
    const win = await frame(`${card}${wte}${script()}`);
    const els = await rendered(win);
    await until(() => shown(els[1]).includes(bullet), 5000);
    printRules(win, els);
    expect(visibleText($(els[0], 'more'))).to.contain(more);
    for (const s of en.sections)
      expect(visibleText($(els[1], `p-${s.id}`)), s.id)
        .to.contain(s.body[0].split('{name}')[0])
        .and.not.contain(en.notLoaded);
  });

  it("the practitioner's own sections never wait for it", async () => {
    const win = await frame(`${wte}${script('', '/slow/ser-widgets.js')}`, { head: neverIdle });
    const [w] = (await rendered(win)) as (Element & { sections?: unknown; updateComplete: Promise<unknown> })[];
    w.sections = [{ id: 'parking', title: 'Parking', body: ['Park behind the house.'] }];
    await w.updateComplete;
    $(w, 'b-parking').click();
    await w.updateComplete;
    expect(visibleText($(w, 'p-parking'))).to.equal('Park behind the house.');
  });

  it('a changed en.json is refused: one warning naming it, and an open part says it did not load', async () => {
    const win = await frame(`${card}${wte}${script('', '/tampered-en/ser-widgets.js')}`);
    const [c, w] = await rendered(win);
    await until(() => complaints(win).length, 5000);
    $(w, 'b-before').click();
    toggle(c).click();
    await until(() => visibleText($(w, 'p-before')) == en.notLoaded);
    expect(visibleText($(c, 'more'))).to.equal(en.notLoaded);
    expect(shown(w)).to.not.contain('Padded');
    expect(complaints(win)).to.have.length(1);
    expect(complaints(win)[0]).to.match(
      /^warn: ser-widgets: locales\/en\.json did not load, or is not the released file/,
    );
    expect(shown(c)).to.contain(en.cardSummary.slice(0, 40));
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it("under the README's strict policy (connect-src 'self'): full English, zero violations", async () => {
    const win = await frame(`${card}${wte}${script()}`, { csp: strictCspWithLanguages });
    const [c, w] = await rendered(win);
    await until(() => shown(c).includes(more) && shown(w).includes(bullet), 5000);
    expect(win.__spy.violations).to.deep.equal([]);
    expect(complaints(win)).to.deep.equal([]);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('under a policy without connect-src: the first render intact, one warning naming en.json, an open section says it did not load', async () => {
    const win = await frame(`${card}${wte}${script()}`, { csp: strictCsp });
    const [c, w] = await rendered(win);
    await until(() => complaints(win).length, 5000);
    $(w, 'b-after').click();
    await until(() => visibleText($(w, 'p-after')) == en.notLoaded);
    expect(shown(c)).to.contain(en.cardHeading);
    expect(complaints(win)).to.have.length(1);
    expect(complaints(win)[0]).to.match(/^warn: ser-widgets: locales\/en\.json /);
    expect(win.__spy.violations.map((v) => v.split(' ')[0])).to.deep.equal(['connect-src']);
    expect(win.__spy.errors).to.deep.equal([]);
  });
});
