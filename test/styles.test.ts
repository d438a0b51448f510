// How the widgets look on a page: the frame (variant="plain", --ser-border-width), the default gap, --ser-radius
// on every control, the checklist's drawn checkboxes and the accordion's chevrons.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import { captureConsole, painted, render, settle, text, until } from './support/helpers.js';

const base = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
const inner = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

describe('styles: the frame', () => {
  for (const tag of ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist']) {
    it(`${tag}: variant="plain" drops the border, padding and background`, async () => {
      const wrap = await render<HTMLDivElement>(html`<div></div>`);
      wrap.innerHTML = `<${tag}></${tag}><${tag} variant="plain"></${tag}>`;
      const [framed, plain] = [...wrap.children];
      await Promise.all([settle(framed), settle(plain)]);
      expect(base(framed).borderTopWidth).to.equal('1px');
      expect(base(framed).paddingTop).to.not.equal('0px');
      expect([base(plain).borderTopWidth, base(plain).paddingTop, base(plain).backgroundColor]).to.deep.equal([
        '0px',
        '0px',
        'rgba(0, 0, 0, 0)',
      ]);
    });
  }

  it('--ser-border-width sets the frame width', async () => {
    const el = await render<HTMLElement>(
      html`<ser-explainer-card style="--ser-border-width: 3px"></ser-explainer-card>`,
    );
    expect(base(el).borderTopWidth).to.equal('3px');
  });

  it('the card takes "compact plain" without a warning, and warns once about an unknown variant', async () => {
    const logs = await captureConsole('warn', async () => {
      const el = await render<HTMLElement>(html`<ser-explainer-card variant="compact plain"></ser-explainer-card>`);
      expect(base(el).borderTopWidth).to.equal('0px');
      expect(inner(el, 'article').classList.contains('compact')).to.be.true;
    });
    expect(logs.filter((l) => l.includes('variant'))).to.deep.equal([]);
    const more = await captureConsole('warn', () =>
      render(html`<ser-explainer-card variant="boxed"></ser-explainer-card>`),
    );
    expect(more.filter((l) => l.includes('variant'))).to.have.length(1);
  });

  it('two widgets in a row are 1.5em apart; the page’s own margin wins', async () => {
    const wrap = await render<HTMLDivElement>(
      html`<div style="font-size: 16px"><ser-explainer-card></ser-explainer-card><ser-explainer-card style="margin: 0"></ser-explainer-card><ser-explainer-card></ser-explainer-card></div>`,
    );
    const [a, b, c] = [...wrap.children].map((e) => e.getBoundingClientRect());
    expect(Math.round(b.top - a.bottom)).to.equal(24);
    expect(Math.round(c.top - b.bottom)).to.equal(0);
  });
});

describe('styles: controls', () => {
  it('--ser-radius reaches the buttons, the checkboxes and the text box', async () => {
    const el = await render<HTMLElement>(
      html`<ser-emotion-checklist allow-other style="--ser-radius: 7px"></ser-emotion-checklist>`,
    );
    for (const sel of ['.btn', 'input[type=checkbox]', 'textarea'])
      expect(getComputedStyle(inner(el, sel)).borderTopLeftRadius, sel).to.equal('7px');
  });

  it('checkboxes are native, 28 to 32 px with a 2 px border, and the tick shows only when ticked', async () => {
    const el = await render<HTMLElement>(
      html`<div style="font-size: 16px"><ser-emotion-checklist></ser-emotion-checklist></div>`,
    );
    const list = el.firstElementChild!;
    await settle(list);
    const box = inner<HTMLInputElement>(list, 'input');
    expect(box.type).to.equal('checkbox');
    const size = box.getBoundingClientRect();
    expect(size.width).to.be.within(28, 32);
    expect(size.height).to.be.within(28, 32);
    expect(getComputedStyle(box).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(box, '::before').transform).to.contain('matrix(0, 0');
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.be.true;
    expect(getComputedStyle(box, '::before').transform).to.not.contain('matrix(0, 0');
    const surface = base(list).backgroundColor;
    expect(getComputedStyle(box).backgroundColor).to.not.equal(surface);
  });

  it('in dark mode an unticked box has a light border, not a faint one', async () => {
    const el = await render<HTMLElement>(html`<ser-emotion-checklist theme="dark"></ser-emotion-checklist>`);
    const border = getComputedStyle(inner(el, 'input')).borderTopColor;
    expect(border).to.equal('rgb(180, 189, 198)'); // --ser-muted, dark: 8.5:1 on the surface
  });

  it('"Something else" is labelled like the group titles', async () => {
    const el = await render<HTMLElement>(html`<ser-emotion-checklist allow-other></ser-emotion-checklist>`);
    expect(getComputedStyle(inner(el, 'label[for="other"]')).fontWeight).to.equal(
      getComputedStyle(inner(el, 'legend')).fontWeight,
    );
  });

  it('forced colors: the ticked box still shows its tick (Chromium: only it emulates them here)', async function () {
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]).catch(() => this.skip());
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await render<HTMLElement & { value: string[] }>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
      el.value = ['fear'];
      await settle(el);
      const tick = getComputedStyle(inner(el, 'input:checked'), '::before');
      expect(tick.transform).to.not.contain('matrix(0, 0');
      expect(tick.borderRightWidth).to.not.equal('0px');
    } finally {
      await executeServerCommand('media-features', []);
    }
  });
});

describe('styles: accordion chevrons', () => {
  for (const open of [false, true])
    it(`sit on the first line of a long title (${open ? 'open' : 'closed'})`, async () => {
      const el = await render<HTMLElement>(
        html`<div style="inline-size: 260px"><ser-what-to-expect open=${open ? 'long' : 'none'} .sections=${[
          { id: 'long', title: 'A very long section title that wraps onto three lines or more here', body: ['Text.'] },
        ]}></ser-what-to-expect></div>`,
      );
      const wte = el.firstElementChild!;
      await settle(wte);
      const button = inner(wte, '[part=button]');
      const after = getComputedStyle(button, '::after');
      const lineHeight = parseFloat(getComputedStyle(button).lineHeight);
      expect(button.getBoundingClientRect().height).to.be.greaterThan(lineHeight * 2);
      // The chevron's box starts in the first line, so its middle is there too.
      const top = parseFloat(after.marginTop) + parseFloat(getComputedStyle(button).paddingTop);
      expect(top + parseFloat(after.height) / 2).to.be.within(
        parseFloat(getComputedStyle(button).paddingTop) + lineHeight * 0.3,
        parseFloat(getComputedStyle(button).paddingTop) + lineHeight * 0.7,
      );
      expect(getComputedStyle(button).alignItems).to.equal('flex-start');
    });
});

describe('styles: widgets off screen', () => {
  // Chromium only: WebKit can't widen the clip that skipping brings, and Firefox neither scrolls to nor measures a skipped widget.
  const skips = navigator.userAgent.includes('Chrome/');
  const rooms = { 'ser-explainer-card': 21, 'ser-what-to-expect': 19, 'ser-emotion-checklist': 50 };
  const far = async (tag: string) => {
    const wrap = await render<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
    wrap.innerHTML = `<div style="block-size: 300vh"></div><${tag}></${tag}>`;
    const el = wrap.lastElementChild as HTMLElement;
    await settle(el);
    return el;
  };
  const shown = (el: HTMLElement) => inner(el, '[part~=heading]').checkVisibility({ contentVisibilityAuto: true });
  afterEach(() => scrollTo(0, 0));

  for (const [tag, room] of Object.entries(rooms))
    it(`${tag}: far below, it keeps its room (${room}em) and skips its layout until the reader nears it, then keeps its size`, async () => {
      const el = await far(tag);
      expect(getComputedStyle(el).contentVisibility).to.equal(skips ? 'auto' : 'visible');
      expect(shown(el)).to.equal(!skips);
      if (skips) expect(el.getBoundingClientRect().height).to.equal(room * 16);
      el.scrollIntoView();
      await painted();
      expect(shown(el)).to.be.true;
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.above(0);
      // Back at the top it is skipped again (a frame or two later), still the size it was shown at.
      scrollTo(0, 0);
      await painted();
      if (skips) await until(() => !shown(el));
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect(text(el)).to.contain(inner(el, '[part~=heading]').textContent!.trim());
    });

  it('Tab from the page reaches the first control of a widget far below, shown and on screen', async () => {
    const wrap = await render<HTMLDivElement>(html`<div><button>Before</button></div>`);
    wrap.insertAdjacentHTML(
      'beforeend',
      '<div style="block-size: 300vh"></div><ser-what-to-expect></ser-what-to-expect>',
    );
    const el = wrap.lastElementChild as HTMLElement;
    await settle(el);
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await painted();
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('part')).to.equal('toggle-all');
    expect(shown(el)).to.be.true;
    const { top, bottom } = focused.getBoundingClientRect();
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(innerHeight);
  });

  it('a focus ring at the edge of a plain widget fits inside the clip that skipping brings (Chromium: the engine that skips)', async function () {
    if (!skips) this.skip();
    const wrap = await render<HTMLDivElement>(html`<div><button>Before</button></div>`);
    wrap.insertAdjacentHTML('beforeend', '<ser-what-to-expect variant="plain"></ser-what-to-expect>');
    const el = wrap.lastElementChild as HTMLElement;
    await settle(el);
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.equal('solid');
    // The control is flush with the widget's edge: without the wider clip, its ring would be cut there.
    expect(focused.getBoundingClientRect().left).to.equal(el.getBoundingClientRect().left);
    const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
    expect(reach).to.be.within(1, parseFloat(getComputedStyle(el).overflowClipMargin));
  });
});
