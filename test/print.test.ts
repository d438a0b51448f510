import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import type { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.js';
import type { SerExplainerCard } from '../src/components/explainer-card/explainer-card.js';
import type { SerWhatToExpect } from '../src/components/what-to-expect/what-to-expect.js';
import { applyPrintRulesWithin } from '../stories/support/print-media.js';
import { captureConsole, render } from './support/helpers.js';

/** Puts the page in print media; resolves to a function that goes back to the screen. */
type Printing = (ctx: Mocha.Context, root: Element) => Promise<() => Promise<void>>;

let emulated = false;
const byTheBrowser: Printing = async (ctx) => {
  try {
    await emulateMedia({ media: 'print' });
    emulated = true;
  } catch {
    ctx.skip(); // Firefox and WebKit: see the next describe
  }
  return async () => {
    await emulateMedia({ media: 'screen' });
    emulated = false;
  };
};

const rulesOnScreen: Printing = async (_ctx, root) => {
  const undo = applyPrintRulesWithin(root);
  return async () => undo();
};

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const height = (e: Element) => e.getBoundingClientRect().height;
const heights = (el: Element) => $$(el, '[part=panel]').map(height);
const shown = (e: Element) => e.checkVisibility() && height(e) > 0;
const fourClosed = [0, 0, 0, 0];

/** Every toggle event a widget fires. */
const record = (el: Element) => {
  const seen: string[] = [];
  for (const type of ['ser-section-toggle', 'ser-toggle', 'ser-change'])
    el.addEventListener(type, () => seen.push(type));
  return seen;
};

for (const [title, printing] of [
  [
    'print media, emulated by the browser (Chromium only: WebDriver, classic or BiDi, has no print media emulation for Firefox and WebKit)',
    byTheBrowser,
  ],
  [
    "the widgets' @media print rules applied on screen (every engine: how Firefox and WebKit are checked; test/print.mjs prints Firefox for real)",
    rulesOnScreen,
  ],
] as const)
  describe(title, () => {
    afterEach(async () => {
      if (emulated) await emulateMedia({ media: 'screen' });
      emulated = false;
    });

    describe('<ser-what-to-expect>', () => {
      it('every section body has a height, closed ones included, and the screen is the same after', async function () {
        const el = await render<SerWhatToExpect>(html`<ser-what-to-expect extend>
          <details id="ser-parking"><summary>Parking</summary><p>Free parking behind the building.</p></details>
        </ser-what-to-expect>`);
        const events = record(el);
        const screen = heights(el);
        expect(screen).to.deep.equal([0, 0, 0, 0, 0]);
        const back = await printing(this, el);
        const paper = heights(el);
        expect(paper).to.have.length(5);
        for (const h of paper) expect(h).to.be.above(0);
        expect($(el, '#p-parking').querySelector('slot')!.assignedElements()[0].textContent).to.contain('Free parking');
        await back();
        expect(heights(el)).to.deep.equal(screen);
        expect($$(el, '[part=button]').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(
          Array(5).fill('false'),
        );
        expect(events).to.deep.equal([]);
        expect(sessionStorage.length).to.equal(0);
      });

      it('titles stay headings; no "Show all sections" button and no chevrons', async function () {
        const el = await render<SerWhatToExpect>(html`<ser-what-to-expect heading-level="3"></ser-what-to-expect>`);
        expect(shown($(el, '[part=toggle-all]'))).to.equal(true);
        await printing(this, el);
        expect(shown($(el, '[part=toggle-all]'))).to.equal(false);
        for (const h of $$(el, 'h3')) expect(shown(h), h.textContent!).to.equal(true);
        for (const b of $$(el, '[part=button]')) expect(getComputedStyle(b, '::after').display).to.equal('none');
      });

      it('open-mode="single" prints every section too', async function () {
        const el = await render<SerWhatToExpect>(
          html`<ser-what-to-expect open-mode="single" open="after"></ser-what-to-expect>`,
        );
        await printing(this, el);
        for (const h of heights(el)) expect(h).to.be.above(0);
      });

      it('print="as-shown" prints the sections as they are on screen; the property reflects', async function () {
        const el = await render<SerWhatToExpect>(html`<ser-what-to-expect open="during"></ser-what-to-expect>`);
        el.print = 'as-shown';
        await el.updateComplete;
        expect(el.getAttribute('print')).to.equal('as-shown');
        await printing(this, el);
        expect(heights(el).map((h) => h > 0)).to.deep.equal([false, true, false, false]);
        expect(shown($(el, '[part=toggle-all]'))).to.equal(false);
      });

      it('an unknown print value warns once, naming element and attribute, and prints every section', async function () {
        let el!: SerWhatToExpect;
        // Warnings are said once per value on a page: each describe brings its own.
        const value = `as-on-screen-${printing == byTheBrowser ? 1 : 2}`;
        const warnings = await captureConsole('warn', async () => {
          el = await render<SerWhatToExpect>(html`<ser-what-to-expect print=${value}></ser-what-to-expect>`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<ser-what-to-expect>').and.contain('print').and.contain(value);
        expect(heights(el)).to.deep.equal(fourClosed);
        await printing(this, el);
        for (const h of heights(el)) expect(h).to.be.above(0);
      });
    });

    describe('<ser-explainer-card>', () => {
      it('prints the "Learn more" text while closed, no toggle button, the booking link followed by its address', async function () {
        const el = await render<SerExplainerCard>(html`<ser-explainer-card cta-href="/book"></ser-explainer-card>`);
        const events = record(el);
        expect(shown($(el, '[part=more]'))).to.equal(false);
        const back = await printing(this, el);
        expect(shown($(el, '[part=more]'))).to.equal(true);
        expect(shown($(el, '[part=disclaimer]'))).to.equal(true);
        expect(shown($(el, '[part=toggle]'))).to.equal(false);
        expect(shown($(el, '[part=cta]'))).to.equal(true);
        expect(getComputedStyle($(el, '[part=cta]'), '::after').content).to.contain(' (');
        await back();
        expect(shown($(el, '[part=more]'))).to.equal(false);
        expect(el.open).to.equal(false);
        expect(events).to.deep.equal([]);
      });
    });

    describe('<ser-emotion-checklist>', () => {
      it('prints the ticked boxes ticked and the free text, without the Clear, Copy and Print buttons', async function () {
        const el = await render<SerEmotionChecklist>(
          html`<ser-emotion-checklist allow-other support-url="mailto:care@example.com"></ser-emotion-checklist>`,
        );
        el.selected = ['fear'];
        el.other = 'warm hands';
        await el.updateComplete;
        await printing(this, el);
        const ticked = $$(el, 'input:checked');
        expect(ticked).to.have.length(1);
        expect(shown(ticked[0])).to.equal(true);
        expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('warm hands');
        expect(shown($(el, 'textarea'))).to.equal(true);
        expect($(el, '[part=summary]').textContent).to.contain('warm hands');
        const actions = $$(el, '[part=actions] button');
        expect(actions).to.have.length(3);
        for (const b of actions) expect(shown(b), b.textContent!).to.equal(false);
        expect(getComputedStyle($(el, 'a[href]'), '::after').content).to.contain(' (');
      });
    });

    describe('every widget', () => {
      for (const theme of ['light', 'dark'])
        it(`prints black text and no background panels in the ${theme} theme`, async function () {
          const root = await render<HTMLElement>(html`<ser-provider theme=${theme} booking-url="/book">
            <ser-explainer-card></ser-explainer-card>
            <ser-what-to-expect></ser-what-to-expect>
            <ser-emotion-checklist></ser-emotion-checklist>
          </ser-provider>`);
          await printing(this, root);
          for (const w of root.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')) {
            const texts = $$(w, '*').filter(
              (e) => e.checkVisibility() && e.childNodes.length && e.localName != 'input',
            );
            expect(texts.length).to.be.above(3);
            for (const e of texts) {
              const s = getComputedStyle(e);
              expect(s.color, `${w.localName} ${e.localName}.${e.className}`).to.equal('rgb(0, 0, 0)');
              expect(s.backgroundColor, `${w.localName} ${e.localName}.${e.className}`).to.equal('rgba(0, 0, 0, 0)');
            }
          }
        });
    });
  });
