import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/what-to-expect/what-to-expect.js';
import type { SerWhatToExpect } from '../src/components/what-to-expect/what-to-expect.js';
import { captureConsole, page, render, settle } from './support/helpers.js';

type El = SerWhatToExpect;
const button = (el: El, id: string) => el.shadowRoot!.getElementById(`b-${id}`) as HTMLButtonElement;
const isOpen = (el: El, id: string) =>
  el.shadowRoot!.getElementById(`p-${id}`)!.querySelector('.body')!.checkVisibility();
const focused = (el: El) => el.shadowRoot!.activeElement?.id.replace(/^b-/, '');
const press = async (el: El, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};

describe('<ser-what-to-expect> keyboard', () => {
  it('Tab reaches "Show all sections", then each section button in order', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('toggle-all');
    await press(el, 'Tab');
    expect(focused(el)).to.equal('before');
    await press(el, 'Tab');
    expect(focused(el)).to.equal('during');
    before.remove();
  });

  it('Enter and Space open and close the focused section', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    button(el, 'during').focus();
    await press(el, 'Enter');
    expect(isOpen(el, 'during')).to.equal(true);
    await press(el, 'Enter');
    expect(isOpen(el, 'during')).to.equal(false);
    await press(el, ' ');
    expect(isOpen(el, 'during')).to.equal(true);
    await press(el, ' ');
    expect(isOpen(el, 'during')).to.equal(false);
    expect(focused(el), 'focus stays on the button').to.equal('during');
  });

  it('ArrowDown and ArrowUp move between section buttons and wrap around', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    button(el, 'before').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('during');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('control');
    await press(el, 'ArrowDown');
    expect(focused(el), 'wraps to the first').to.equal('before');
    await press(el, 'ArrowUp');
    expect(focused(el), 'wraps to the last').to.equal('control');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('after');
  });

  it('Home and End go to the first and last section buttons', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    button(el, 'during').focus();
    await press(el, 'End');
    expect(focused(el)).to.equal('control');
    await press(el, 'Home');
    expect(focused(el)).to.equal('before');
  });

  it('the arrow keys skip over open panels', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="all"></ser-what-to-expect>`);
    button(el, 'before').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('during');
  });

  it('leaves keys alone on other controls, so the browser still gets them', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const taken: boolean[] = [];
    const spy = (e: KeyboardEvent) => taken.push(e.defaultPrevented);
    addEventListener('keydown', spy);
    button(el, 'during').focus();
    await press(el, 'ArrowDown');
    const all = el.shadowRoot!.querySelector<HTMLElement>('[part=toggle-all]')!;
    all.focus();
    await press(el, 'End');
    expect(el.shadowRoot!.activeElement).to.equal(all);
    removeEventListener('keydown', spy);
    expect(taken).to.deep.equal([true, false]);
  });

  it('leaves Alt+ArrowDown alone', async function () {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    button(el, 'during').focus();
    // Holding a key down needs Puppeteer; WebDriver engines skip.
    await sendKeys({ down: 'Alt' }).catch(() => this.skip());
    await press(el, 'ArrowDown');
    await sendKeys({ up: 'Alt' });
    expect(focused(el)).to.equal('during');
  });

  it('Enter on "Show all sections" opens every section', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    el.shadowRoot!.querySelector<HTMLElement>('[part=toggle-all]')!.focus();
    await press(el, 'Enter');
    expect(['before', 'during', 'after', 'control'].map((id) => isOpen(el, id))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('<ser-what-to-expect> deep links', () => {
  // An instant scroll also stops any smooth scroll an earlier test's keys started.
  beforeEach(() => scrollTo({ top: 0, behavior: 'instant' }));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#ser-<id> on load opens that section, scrolls to it and focuses its button, without an event', async () => {
    history.replaceState(null, '', '#ser-after');
    const seen: string[] = [];
    addEventListener('ser-section-toggle', (e) => seen.push(e.detail.id), { once: true });
    const wrap = await render<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <ser-what-to-expect></ser-what-to-expect>
        <div style="height: 3000px"></div>
      </div>`,
    );
    const el = wrap.querySelector('ser-what-to-expect')!;
    expect(isOpen(el, 'after')).to.equal(true);
    expect(isOpen(el, 'before')).to.equal(false);
    expect(focused(el)).to.equal('after');
    expect(scrollY).to.be.greaterThan(2000);
    expect(Math.abs(button(el, 'after').getBoundingClientRect().top)).to.be.lessThan(2);
    expect(seen).to.deep.equal([]);
  });

  it('takes a deep link once: moved elsewhere in the page later, it does not take focus again', async () => {
    history.replaceState(null, '', '#ser-during');
    const wrap = await render<HTMLElement>(
      html`<div><input aria-label="elsewhere" /><ser-what-to-expect></ser-what-to-expect></div>`,
    );
    const el = wrap.querySelector('ser-what-to-expect')!;
    expect(focused(el)).to.equal('during');
    const input = wrap.querySelector('input')!;
    input.focus();
    wrap.prepend(el);
    await settle(el);
    expect(document.activeElement).to.equal(input);
  });

  it('a hashchange to #ser-<id> opens it, fires the event and moves focus', async () => {
    const el = await render<El>(html`<ser-what-to-expect open-mode="single" open="before"></ser-what-to-expect>`);
    const seen: string[] = [];
    el.addEventListener('ser-section-toggle', (e) => seen.push(`${e.detail.id}:${e.detail.open}`));
    const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    location.hash = '#ser-control';
    await changed;
    await settle(el);
    expect(isOpen(el, 'control')).to.equal(true);
    expect(isOpen(el, 'before'), 'single mode closes the other').to.equal(false);
    expect(seen).to.deep.equal(['before:false', 'control:true']);
    expect(focused(el)).to.equal('control');
  });

  it('ignores fragments naming no section of its own, malformed ones included', async () => {
    const el = await render<El>(html`<ser-what-to-expect open-mode="single" open="before"></ser-what-to-expect>`);
    for (const hash of ['#ser-nothing', '#during', '#ser-%E0%A4%A']) {
      const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
      const errors = await captureConsole('error', async () => {
        location.hash = hash;
        await changed;
        await settle(el);
      });
      expect(errors).to.deep.equal([]);
      expect(isOpen(el, 'before'), hash).to.equal(true);
      expect(isOpen(el, 'during'), hash).to.equal(false);
    }
  });
});

describe('<ser-what-to-expect> without the script, by keyboard', () => {
  it('Enter on a <summary> opens and closes it natively', async () => {
    const win = await page(
      `<ser-what-to-expect><details><summary>Parking</summary><p>At the back.</p></details></ser-what-to-expect>`,
    );
    const d = win.document.querySelector('details')!;
    win.focus();
    win.document.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(d.open).to.equal(true);
    expect(win.document.querySelector('p')!.checkVisibility()).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(d.open).to.equal(false);
    win.frameElement!.remove();
  });
});
