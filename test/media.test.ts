import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import { render } from './support/helpers.js';

type Feature = { name: string; value: string };

/** Emulates CSS media features through test/support/media-plugin.mjs (Chromium only); other engines skip. */
async function media(ctx: Mocha.Context, features: Feature[]): Promise<void> {
  try {
    await executeServerCommand('media-features', features);
  } catch {
    ctx.skip();
  }
}

const widgets = () =>
  render(html`<ser-provider booking-url="/book">
    <ser-explainer-card></ser-explainer-card>
    <ser-what-to-expect></ser-what-to-expect>
    <ser-emotion-checklist></ser-emotion-checklist>
  </ser-provider>`);

/** Every element in every widget's shadow root. */
const allShadow = (root: Element) =>
  [...root.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')].flatMap((w) => [
    ...w.shadowRoot!.querySelectorAll('*'),
  ]);

const seconds = (list: string) => list.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1));

/** The focused element, looking inside shadow roots. */
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Tabs through the page and returns each focused element that sits inside a widget, with its computed outline. */
type Outline = Pick<CSSStyleDeclaration, 'outlineStyle' | 'outlineWidth' | 'outlineColor'>;
async function tabThrough(root: Element, max = 40): Promise<{ el: Element; style: Outline }[]> {
  const seen: { el: Element; style: Outline }[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (!el || !root.contains((el.getRootNode() as ShadowRoot).host ?? el)) {
      if (seen.length) break;
      continue;
    }
    // Copied now: a computed style is live, and focus moves on with the next Tab.
    const { outlineStyle, outlineWidth, outlineColor } = getComputedStyle(el);
    if (el.getRootNode() instanceof ShadowRoot) seen.push({ el, style: { outlineStyle, outlineWidth, outlineColor } });
  }
  return seen;
}

/** The colour a system colour keyword resolves to right now. */
const systemColor = (keyword: string) => {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
};

afterEach(async () => {
  await executeServerCommand('media-features', []).catch(() => {});
});

describe('prefers-reduced-motion: reduce', () => {
  it('turns off every transition and animation in every widget', async function () {
    await media(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const root = await widgets();
    const els = allShadow(root);
    expect(els.length).to.be.above(3);
    for (const el of els)
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const what = `${el.localName}.${el.className}${pseudo ?? ''}`;
        expect(Math.max(...seconds(s.transitionDuration)), `${what} transition`).to.equal(0);
        expect(s.animationName, `${what} animation`).to.equal('none');
      }
  });

  it('keeps a visible focus outline on everything reached with Tab', async function () {
    await media(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const root = await widgets();
    const focused = await tabThrough(root);
    expect(focused.length).to.be.above(0);
    for (const { el, style } of focused) {
      expect(style.outlineStyle, el.outerHTML.slice(0, 80)).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), el.outerHTML.slice(0, 80)).to.be.at.least(2);
    }
  });
});

describe('forced-colors: active (Windows High Contrast)', () => {
  it('is really emulated', async function () {
    await media(this, [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('every focusable part gets a solid outline in the system Highlight colour', async function () {
    await media(this, [{ name: 'forced-colors', value: 'active' }]);
    const root = await widgets();
    const highlight = systemColor('Highlight');
    const focused = await tabThrough(root);
    expect(focused.length).to.be.above(0);
    for (const { el, style } of focused) {
      const what = el.outerHTML.slice(0, 80);
      expect(style.outlineStyle, what).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), what).to.be.at.least(2);
      expect(style.outlineColor, what).to.equal(highlight);
    }
  });

  it('buttons and the booking link keep a visible border (backgrounds are dropped in this mode)', async function () {
    await media(this, [{ name: 'forced-colors', value: 'active' }]);
    const root = await widgets();
    const controls = allShadow(root).filter((e) => e.matches('button, a.btn, a[part~="cta"]'));
    expect(controls.length).to.be.above(0);
    for (const el of controls) {
      const s = getComputedStyle(el);
      if (s.display == 'none' || !(el as HTMLElement).offsetParent) continue;
      if (!el.matches('.btn, [part~="cta"], [part~="toggle"], [part~="toggle-all"]')) continue;
      expect(s.borderTopStyle, el.outerHTML.slice(0, 80)).to.not.equal('none');
      expect(parseFloat(s.borderTopWidth), el.outerHTML.slice(0, 80)).to.be.at.least(1);
    }
  });

  it("each widget's box keeps its border, so it stands apart from the page", async function () {
    await media(this, [{ name: 'forced-colors', value: 'active' }]);
    const root = await widgets();
    for (const w of root.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')) {
      const s = getComputedStyle(w.shadowRoot!.querySelector('.root')!);
      expect(s.borderTopStyle, w.localName).to.not.equal('none');
    }
  });
});
