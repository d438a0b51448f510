import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/emotion-checklist/emotion-checklist.js';
import '../src/components/provider/provider.js';
import type { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.js';
import type { SerProvider } from '../src/components/provider/provider.js';
import { en } from '../src/i18n/en.js';
import type { Group } from '../src/i18n/types.js';
import { captureConsole, page, printed, render, settle, until } from './support/helpers.js';

type El = SerEmotionChecklist;
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const boxes = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const box = (el: El, id: string) => boxes(el).find((b) => b.value == id)!;
const labelOf = (b: HTMLInputElement) => fold(b.labels![0].textContent);
const hintOf = (b: HTMLInputElement) =>
  fold((b.getRootNode() as ShadowRoot).getElementById(b.getAttribute('aria-describedby')!)!.textContent);
const summary = (el: El) => el.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!;
const note = (el: El) => fold(el.shadowRoot!.querySelector('[part=actions] [role=status]')!.textContent);
const button = (el: El, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b.textContent) == name)!;
const legends = (el: El) => [...el.shadowRoot!.querySelectorAll('legend')].map((l) => fold(l.textContent));

/** Ticks like a person: a click on the label. */
async function tick(el: El, id: string) {
  box(el, id).labels![0].click();
  await el.updateComplete;
}

/** Records `ser-change` details. */
const listen = (el: El) => {
  const seen: { selected: string[]; other?: string }[] = [];
  el.addEventListener('ser-change', (e) => seen.push(e.detail));
  return seen;
};

const mine: Group[] = [
  {
    id: 'body',
    legend: 'In my body',
    items: [
      { id: 'warm', label: 'Warmth', hint: 'A warm feeling' },
      { id: 'tingle', label: 'Tingling' },
    ],
  },
];

describe('<ser-emotion-checklist>', () => {
  describe('default content', () => {
    it('has a level-2 heading naming the section, the intro and the privacy note', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      const h = el.shadowRoot!.querySelector('h2')!;
      expect(h.textContent).to.equal(en.clHeading);
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h.id);
      const text = fold(el.shadowRoot!.textContent);
      expect(text).to.contain(en.clIntro);
      expect(text).to.contain(en.clPrivacy);
    });

    it('shows two groups as fieldsets with legends, and native checkboxes with labels and linked hints', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      expect(legends(el)).to.deep.equal(['Feelings that may come up', 'How you may feel afterwards']);
      expect(boxes(el).map((b) => b.value)).to.deep.equal([
        'fear',
        'sadness',
        'anger',
        'frustration',
        'guilt',
        'relief',
        'lightness',
        'contentment',
        'tired',
        'sore',
        'unsettled',
      ]);
      expect(labelOf(box(el, 'fear'))).to.equal('Fear');
      expect(hintOf(box(el, 'fear'))).to.equal('Feeling scared, tense or on edge');
      expect(box(el, 'relief').closest('fieldset')!.querySelector('legend')!.textContent).to.equal(
        'How you may feel afterwards',
      );
      expect(boxes(el).every((b) => !b.checked)).to.be.true;
    });

    it('has checkboxes of at least 24 by 24 px', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      const r = box(el, 'fear').getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    });

    it('says nothing is ticked yet, in a polite live region', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      expect(summary(el).getAttribute('role')).to.equal('status');
      expect(summary(el).textContent).to.equal(en.clNone);
    });

    it('takes its heading text and level from attributes', async () => {
      const el = await render<El>(
        html`<ser-emotion-checklist heading="How did it feel?" heading-level="3"></ser-emotion-checklist>`,
      );
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('How did it feel?');
    });

    it('renders without a console warning', async () => {
      const warnings = await captureConsole('warn', () =>
        render(html`<ser-emotion-checklist></ser-emotion-checklist>`),
      );
      expect(warnings).to.deep.equal([]);
    });

    // axe is heavy on a loaded 2-core machine: a generous timeout, not a speed check.
    it('passes axe unticked, with "Something else"', async function () {
      this.timeout(30000);
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe ticked', async function () {
      this.timeout(30000);
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      await tick(el, 'fear');
      await tick(el, 'relief');
      await expect(el).to.be.accessible();
    });
  });

  describe('support note', () => {
    it('tells the reader to talk to the practitioner, with no link by default', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      expect(fold(el.shadowRoot!.textContent)).to.contain(en.clSupport.replace('{name}', 'your practitioner'));
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
    });

    it('links to support-url with the practitioner name from the provider', async () => {
      const p = await render<SerProvider>(
        html`<ser-provider practitioner="Ana">
          <ser-emotion-checklist support-url="tel:+15550100"></ser-emotion-checklist>
        </ser-provider>`,
      );
      const a = p.querySelector('ser-emotion-checklist')!.shadowRoot!.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('tel:+15550100');
      expect(a.textContent).to.equal('Contact Ana');
    });

    it("uses the provider's supportUrl", async () => {
      const p = await render<SerProvider>(
        html`<ser-provider support-url="/contact"><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
      );
      expect(p.querySelector('ser-emotion-checklist')!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
        '/contact',
      );
    });

    // `/\\host` is another site to a browser, whatever it looks like: not a path on the practitioner's.
    for (const href of ['javascript:alert(1)', '//evil.example/help', '/\\evil.example/help', '\t\\\\evil.example'])
      it(`drops ${JSON.stringify(href)} with one warning naming the attribute`, async () => {
        let el!: El;
        const warnings = await captureConsole('warn', async () => {
          el = await render<El>(html`<ser-emotion-checklist support-url=${href}></ser-emotion-checklist>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(el.shadowRoot!.querySelector('a')).to.be.null;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<ser-emotion-checklist> support-url');
      });

    it('can be replaced through the support slot', async () => {
      const el = await render<El>(
        html`<ser-emotion-checklist>
          <p slot="support">Call me any time on <a href="tel:1">1</a>.</p>
        </ser-emotion-checklist>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=support]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Call me any time on 1.');
      expect((slot.assignedElements()[0] as HTMLElement).checkVisibility()).to.be.true;
    });
  });

  describe('ticking', () => {
    it('ignores changes inside slotted practitioner content', async () => {
      const el = await render<El>(html`<ser-emotion-checklist>
        <p slot="support"><input type="checkbox" aria-label="Other" value="fear" /></p>
      </ser-emotion-checklist>`);
      const seen = listen(el);
      el.querySelector('input')!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      expect(el.selected).to.deep.equal([]);
    });

    it('Tab reaches each checkbox in turn and Space ticks it', async () => {
      const wrap = await render<HTMLElement>(
        html`<div><button>before</button><ser-emotion-checklist></ser-emotion-checklist></div>`,
      );
      const el = wrap.querySelector<El>('ser-emotion-checklist')!;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'fear'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'sadness'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box(el, 'fear').checked && box(el, 'sadness').checked).to.be.true;
      expect(summary(el).textContent).to.equal('You noted: Fear, Sadness');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box(el, 'sadness').checked).to.be.false;
      expect(el.selected).to.deep.equal(['fear']);
    });

    it('keeps focus, ticks and text when the rows are drawn again (a new practitioner name)', async () => {
      const p = await render<HTMLElement>(
        html`<ser-provider practitioner="Ana"><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
      );
      const el = p.querySelector<El>('ser-emotion-checklist')!;
      const before = boxes(el).map((b) => [b.value, labelOf(b), hintOf(b)]);
      box(el, 'sadness').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      p.setAttribute('practitioner', 'Bo');
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'sadness'));
      expect(
        boxes(el)
          .filter((b) => b.checked)
          .map((b) => b.value),
      ).to.deep.equal(['sadness']);
      expect(boxes(el).map((b) => [b.value, labelOf(b), hintOf(b)])).to.deep.equal(before);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
    });

    it('keeps focus and ticks when a group gains or loses items; gone items leave no box behind', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      const items = [...mine[0].items, { id: 'heavy', label: 'Heaviness' }];
      el.groups = [{ ...mine[0], items }];
      await settle(el);
      box(el, 'tingle').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      el.groups = [{ ...mine[0], items: items.slice(0, 2) }];
      await settle(el);
      expect(boxes(el).map((b) => labelOf(b))).to.deep.equal(['Warmth', 'Tingling']);
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'tingle'));
      el.groups = [{ ...mine[0], items: [...items, { id: 'calm', label: 'Calm', hint: 'Settled' }] }];
      await settle(el);
      expect(boxes(el).map((b) => [labelOf(b), hintOf(b)])).to.deep.equal([
        ['Warmth', 'A warm feeling'],
        ['Tingling', ''],
        ['Heaviness', ''],
        ['Calm', 'Settled'],
      ]);
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'tingle'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the next row, in order').to.equal(box(el, 'heavy'));
      expect(
        boxes(el)
          .filter((b) => b.checked)
          .map((b) => b.value),
      ).to.deep.equal(['tingle']);
    });

    it('a mouse click on the label text ticks the box', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      const r = box(el, 'guilt').labels![0].getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await el.updateComplete;
      expect(box(el, 'guilt').checked).to.be.true;
      expect(summary(el).textContent).to.equal('You noted: Guilt');
    });

    it('lists every ticked item in the order shown, separated by commas', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      await tick(el, 'relief');
      await tick(el, 'fear');
      await tick(el, 'anger');
      expect(summary(el).textContent).to.equal('You noted: Fear, Anger, Relief');
    });

    it('writes the summary in the reader language', async () => {
      const el = await render<El>(html`<ser-emotion-checklist locale="es"></ser-emotion-checklist>`);
      await until(() => legends(el)[0] != en.groups[0].legend);
      await tick(el, 'fear');
      await tick(el, 'relief');
      const labels = [labelOf(box(el, 'fear')), labelOf(box(el, 'relief'))];
      expect(summary(el).textContent).to.equal(`Tus respuestas: ${labels.join(', ')}`);
    });

    it('adds "Something else" text to the summary once the reader leaves the box', async () => {
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      const area = el.shadowRoot!.querySelector('textarea')!;
      expect(fold(area.labels![0].textContent)).to.equal(en.clOther);
      const hint = el.shadowRoot!.getElementById(area.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal(en.clOtherHint);
      await tick(el, 'sadness');
      area.focus();
      await sendKeys({ type: 'a tight chest' });
      await el.updateComplete;
      expect(summary(el).textContent).to.equal('You noted: Sadness');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(summary(el).textContent).to.equal('You noted: Sadness, a tight chest');
      expect(el.other).to.equal('a tight chest');
    });

    it('"Clear" unticks everything and empties the text', async () => {
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      await tick(el, 'fear');
      el.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'x' });
      button(el, en.clClear).click();
      await el.updateComplete;
      expect(boxes(el).some((b) => b.checked)).to.be.false;
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('');
      expect(summary(el).textContent).to.equal(en.clNone);
      expect(el.selected).to.deep.equal([]);
    });

    it('renders 200 items, and ticking the last one updates the summary', async () => {
      const items = Array.from({ length: 200 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}` }));
      const groups = [{ legend: 'Many', items }];
      const el = await render<El>(html`<ser-emotion-checklist .groups=${groups}></ser-emotion-checklist>`);
      expect(boxes(el)).to.have.length(200);
      await tick(el, 'i199');
      await tick(el, 'i0');
      expect(summary(el).textContent).to.equal('You noted: Item 0, Item 199');
    });
  });

  describe('ser-change', () => {
    it('fires on ticking, unticking, typing and clearing, with the ticked ids and the text', async () => {
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      const seen = listen(el);
      await tick(el, 'anger');
      await tick(el, 'relief');
      await tick(el, 'anger');
      const area = el.shadowRoot!.querySelector('textarea')!;
      area.focus();
      await sendKeys({ type: 'calm' });
      area.blur();
      button(el, en.clClear).click();
      expect(seen).to.deep.equal([
        { selected: ['anger'] },
        { selected: ['anger', 'relief'] },
        { selected: ['relief'] },
        { selected: ['relief'], other: 'calm' },
        { selected: [] },
      ]);
    });

    it('bubbles out of the shadow root', async () => {
      const wrap = await render<HTMLElement>(html`<div><ser-emotion-checklist></ser-emotion-checklist></div>`);
      const got: string[][] = [];
      wrap.addEventListener('ser-change', (e) => got.push(e.detail.selected));
      await tick(wrap.querySelector<El>('ser-emotion-checklist')!, 'fear');
      expect(got).to.deep.equal([['fear']]);
    });

    it('does not fire on programmatic changes', async () => {
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      const seen = listen(el);
      el.selected = ['fear', 'guilt'];
      el.other = 'note';
      el.value = ['relief'];
      await el.updateComplete;
      el.formResetCallback();
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
    });

    it('setting selected ticks the boxes and keeps only known ids in the value', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      el.selected = ['relief', 'nope', 'fear'];
      await el.updateComplete;
      expect(box(el, 'fear').checked && box(el, 'relief').checked).to.be.true;
      expect(el.selected).to.deep.equal(['fear', 'relief']);
      expect(el.value).to.deep.equal(['fear', 'relief']);
    });
  });

  describe('copy', () => {
    let orig: PropertyDescriptor | undefined;
    beforeEach(() => (orig = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText')));
    afterEach(() => {
      if (orig) Object.defineProperty(navigator.clipboard, 'writeText', orig);
      else delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    });

    it('puts the summary on the clipboard as plain text and says "Copied"', async () => {
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      const written: string[] = [];
      navigator.clipboard.writeText = async (t: string) => void written.push(t);
      await tick(el, 'fear');
      el.other = 'shaky hands';
      await el.updateComplete;
      button(el, en.clCopy).click();
      await until(() => note(el));
      expect(written).to.deep.equal(['You noted: Fear, shaky hands']);
      expect(note(el)).to.equal(en.clCopied);
      expect(el.shadowRoot!.querySelector('[part=actions] [role=status]')).to.exist;
    });

    it('when the clipboard refuses, says so and selects the summary for copying by hand; nothing throws', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      await tick(el, 'sadness');
      button(el, en.clCopy).click();
      await until(() => note(el));
      expect(note(el)).to.equal(en.clCopyFail);
      expect(getSelection()!.toString()).to.equal('You noted: Sadness');
    });

    /** Where the status shows, beside the buttons, in a box as wide as a 375 px phone gives the widget. */
    async function onPhone(write: () => Promise<void>) {
      const wrap = await render<HTMLElement>(
        html`<div style="width: 343px"><ser-emotion-checklist></ser-emotion-checklist></div>`,
      );
      const el = wrap.firstElementChild as El;
      navigator.clipboard.writeText = write;
      await tick(el, 'fear');
      button(el, en.clCopy).click();
      await until(() => note(el));
      const status = el.shadowRoot!.querySelector('[part=actions] [role=status]')!;
      const copy = button(el, en.clCopy);
      // The text itself, not its box (a stretched flex item would look centred while its words sit at the top).
      const words = document.createRange();
      words.selectNodeContents(status);
      return { el, status, copy, at: words.getBoundingClientRect(), by: copy.getBoundingClientRect() };
    }

    it('"Copied" is the next thing after the Copy button, read and seen: on its line, right beside it, on a phone', async () => {
      const { status, copy, at, by } = await onPhone(async () => {});
      expect(copy.nextElementSibling).to.equal(status);
      // Beside Copy: same line (vertically centred on it), starting just after it.
      expect(Math.abs((at.top + at.bottom) / 2 - (by.top + by.bottom) / 2)).to.be.below(2);
      expect(at.left - by.right).to.be.within(0, 16);
      expect(fold(status.textContent)).to.equal(en.clCopied);
    });

    it('the failure message wraps on its own line under Copy, inside the widget, on a phone', async () => {
      const { el, at, by } = await onPhone(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const row = el.shadowRoot!.querySelector('[part=actions]')!.getBoundingClientRect();
      expect(at.top).to.be.at.least(by.bottom);
      expect(at.top - by.bottom).to.be.below(16);
      expect(at.left).to.equal(row.left);
      expect(at.right).to.be.at.most(row.right + 0.5);
      expect(at.height).to.be.above(by.height);
    });

    it('is one polite live region: said once per copy, and again on the next copy', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      // A clipboard that answers after a moment, as a real one does.
      navigator.clipboard.writeText = () => new Promise((r) => setTimeout(r, 30));
      const status = el.shadowRoot!.querySelector('[part=actions] [role=status]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(fold(status.textContent))).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      button(el, en.clCopy).click();
      await until(() => note(el));
      button(el, en.clCopy).click();
      await until(() => !note(el));
      await until(() => note(el));
      expect(said.filter((s, i) => s != said[i - 1])).to.deep.equal([en.clCopied, '', en.clCopied]);
      // Only this region holds the word: no second live region, no aria-live on top of role=status.
      const live = [...el.shadowRoot!.querySelectorAll('[role=status], [role=alert], [aria-live]')];
      expect(live.filter((r) => fold(r.textContent).includes(en.clCopied))).to.deep.equal([status]);
      expect(status.hasAttribute('aria-live')).to.be.false;
    });

    it('passes axe with "Copied" and with the failure message showing', async function () {
      this.timeout(30000);
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      navigator.clipboard.writeText = async () => {};
      button(el, en.clCopy).click();
      await until(() => note(el));
      await expect(el).to.be.accessible();
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      button(el, en.clCopy).click();
      await until(() => note(el) == en.clCopyFail);
      await expect(el).to.be.accessible();
    });
  });

  describe('practitioner groups', () => {
    const markup = html`<ser-emotion-checklist>
      <fieldset name="body">
        <legend>In my
          body</legend>
        <label><input type="checkbox" value="warm" /> Warmth <small>A warm feeling</small></label>
        <label><input type="checkbox" /> Tingling</label>
      </fieldset>
    </ser-emotion-checklist>`;

    it('replaces the defaults with <fieldset> groups written in HTML', async () => {
      const el = await render<El>(markup);
      expect(legends(el)).to.deep.equal(['In my body']);
      expect(boxes(el).map((b) => [b.value, labelOf(b), hintOf(b)])).to.deep.equal([
        ['warm', 'Warmth', 'A warm feeling'],
        ['tingling', 'Tingling', ''],
      ]);
      await tick(el, 'tingling');
      expect(summary(el).textContent).to.equal('You noted: Tingling');
    });

    it('shows the same HTML as a readable form without the script', async () => {
      const win = await page(
        '<ser-emotion-checklist><fieldset><legend>In my body</legend>' +
          '<label><input type="checkbox" value="warm"> Warmth</label></fieldset></ser-emotion-checklist>',
      );
      expect(win.customElements.get('ser-emotion-checklist')).to.be.undefined;
      const label = win.document.querySelector('label')!;
      expect(win.document.body.innerText).to.contain('In my body');
      expect(label.getBoundingClientRect().height).to.be.above(0);
      label.click();
      expect(win.document.querySelector('input')!.checked).to.be.true;
    });

    it('adds HTML groups after the defaults with `extend`', async () => {
      const el = await render<El>(html`<ser-emotion-checklist extend>
        <fieldset><legend>More</legend><label><input type="checkbox" value="calm" /> Calm</label></fieldset>
      </ser-emotion-checklist>`);
      expect(legends(el)).to.deep.equal([...en.groups.map((g) => g.legend), 'More']);
    });

    it('re-reads groups added after it started', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      el.insertAdjacentHTML(
        'beforeend',
        '<fieldset><legend>Late</legend><label><input type="checkbox" value="late"> Late</label></fieldset>',
      );
      await until(() => legends(el)[0] == 'Late');
      expect(boxes(el).map((b) => b.value)).to.deep.equal(['late']);
    });

    it('takes groups by property, which win over HTML', async () => {
      const el = await render<El>(markup);
      el.groups = mine;
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['In my body']);
      expect(boxes(el).map((b) => b.value)).to.deep.equal(['warm', 'tingle']);
      expect(hintOf(box(el, 'warm'))).to.equal('A warm feeling');
      el.groups = undefined;
      await el.updateComplete;
      expect(boxes(el).map((b) => b.value)).to.deep.equal(['warm', 'tingling']);
    });

    it('takes groups from <ser-provider> messages', async () => {
      const p = await render<SerProvider>(
        html`<ser-provider .config=${{ messages: { groups: mine } }}>
          <ser-emotion-checklist></ser-emotion-checklist>
        </ser-provider>`,
      );
      const el = p.querySelector<El>('ser-emotion-checklist')!;
      await settle(el);
      expect(legends(el)).to.deep.equal(['In my body']);
    });

    it('skips malformed groups with one warning each and falls back to the defaults when nothing is left', async () => {
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      const warnings = await captureConsole('warn', async () => {
        el.groups = [{ legend: 'No items' }, 'junk'] as unknown as Group[];
        await el.updateComplete;
      });
      expect(warnings).to.have.length(3);
      expect(warnings.every((w) => w.startsWith('<ser-emotion-checklist> groups'))).to.be.true;
      expect(legends(el)).to.deep.equal(en.groups.map((g) => g.legend));
      const w2 = await captureConsole('warn', async () => {
        el.groups = 'nope' as unknown as Group[];
        await el.updateComplete;
      });
      expect(w2).to.have.length(1);
      expect(legends(el)).to.have.length(2);
    });

    it('shows hostile labels as text, on screen, in the summary and in print', async () => {
      const evil = '<img src=x onerror="window.pwned=1">';
      const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      el.groups = [
        { id: 'g', legend: `<b>${evil}</b>`, items: [{ id: 'x', label: evil, hint: '<script>1</script>' }] },
      ];
      await el.updateComplete;
      await tick(el, 'x');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.be.null;
      expect(labelOf(box(el, 'x'))).to.equal(evil);
      expect(summary(el).textContent).to.equal(`You noted: ${evil}`);
      const paper = await printed(el, button(el, en.clPrint));
      expect(paper.querySelector('img')).to.be.null;
      expect(paper.body.textContent).to.contain(evil);
      expect((window as unknown as { pwned?: number }).pwned).to.be.undefined;
    });
  });

  describe('privacy', () => {
    it('marks itself for session-replay tools, keeping the page own classes', async () => {
      const el = await render<El>(html`<ser-emotion-checklist class="mine"></ser-emotion-checklist>`);
      expect(el.hasAttribute('data-private')).to.be.true;
      expect(el.hasAttribute('data-hj-suppress')).to.be.true;
      expect(el.getAttribute('data-clarity-mask')).to.equal('true');
      expect(el.getAttribute('data-dd-privacy')).to.equal('mask');
      for (const c of ['mine', 'rr-block', 'fs-exclude', 'ph-no-capture', 'sentry-block'])
        expect(el.classList.contains(c), c).to.be.true;
    });

    it('drops the markers with allow-recording', async () => {
      const el = await render<El>(html`<ser-emotion-checklist class="mine" allow-recording></ser-emotion-checklist>`);
      expect([...el.attributes].map((a) => a.name).sort()).to.deep.equal(['allow-recording', 'class']);
      expect(el.className).to.equal('mine');
    });

    it('adds no marker while only constructed (not in a page)', () => {
      const el = document.createElement('ser-emotion-checklist');
      expect(el.attributes.length).to.equal(0);
    });

    it('never puts answers in attributes, the URL or the console', async () => {
      const url = location.href;
      const el = await render<El>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
      const before = el.outerHTML;
      const said: unknown[] = [];
      const kinds = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const orig = kinds.map((k) => console[k]);
      kinds.forEach((k) => (console[k] = (...a: unknown[]) => void said.push(a)));
      try {
        await tick(el, 'guilt');
        el.other = 'secret';
        await el.updateComplete;
      } finally {
        kinds.forEach((k, i) => (console[k] = orig[i]));
      }
      expect(said).to.deep.equal([]);
      expect(el.outerHTML).to.equal(before);
      expect(location.href).to.equal(url);
    });
  });
});
