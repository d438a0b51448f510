import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import type { SerProvider } from '../src/components/provider/provider.js';
import { render, settle } from './support/helpers.js';

type Token = 'accent' | 'on-accent' | 'surface' | 'text' | 'muted' | 'border' | 'soft' | 'focus';
const tokens: Token[] = ['accent', 'on-accent', 'surface', 'text', 'muted', 'border', 'soft', 'focus'];

/** [foreground, background, minimum ratio]: 4.5:1 for text, 3:1 for UI parts (WCAG 2.2 AA, 1.4.3 and 1.4.11). */
const pairs: [Token, Token, number][] = [
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'surface', 4.5],
  ['on-accent', 'accent', 4.5],
  ['text', 'soft', 4.5],
  ['muted', 'soft', 4.5],
  ['accent', 'soft', 4.5],
  ['border', 'surface', 3],
  ['border', 'soft', 3],
  ['focus', 'surface', 3],
  ['focus', 'soft', 3],
];

const rgb = (c: string): number[] => {
  const m = c.match(/^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?\)$/);
  if (!m) throw new Error(`not an rgb() colour: ${c}`);
  if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`translucent colour: ${c}`);
  return [m[1], m[2], m[3]].map(Number);
};

const luminance = (c: string) => {
  const [r, g, b] = rgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/**
 * The colour each token resolves to inside a widget: a probe span placed in the widget's own root
 * (so it inherits the theme's color-scheme, which resolves light-dark()) with `color: var(--_token)`.
 */
function resolve(widget: Element): Record<Token, string> {
  const root = widget.shadowRoot!.querySelector('.root')!;
  const probe = document.createElement('span');
  root.append(probe);
  try {
    return Object.fromEntries(
      tokens.map((t) => {
        probe.style.color = `var(--_${t})`;
        return [t, getComputedStyle(probe).color];
      }),
    ) as Record<Token, string>;
  } finally {
    probe.remove();
  }
}

const card = (theme: string) => render(html`<ser-explainer-card theme=${theme}></ser-explainer-card>`);

describe('colour contrast of the default tokens (WCAG 2.2 AA)', () => {
  // Colour-scheme emulation exists only in Chromium here; the theme="auto" test skips elsewhere.
  afterEach(() => emulateMedia({ colorScheme: 'light' }).catch(() => {}));

  for (const theme of ['light', 'dark'])
    describe(`${theme} theme`, () => {
      for (const [fg, bg, min] of pairs)
        it(`--ser-${fg} on --ser-${bg} is at least ${min}:1`, async () => {
          const c = resolve(await card(theme));
          const ratio = contrast(c[fg], c[bg]);
          expect(ratio, `${c[fg]} on ${c[bg]}: ${ratio.toFixed(2)}:1`).to.be.at.least(min);
        });
    });

  it('the light and dark themes really differ (light-dark() resolved by each theme)', async () => {
    const light = resolve(await card('light'));
    const dark = resolve(await card('dark'));
    for (const t of tokens) expect(light[t], t).to.not.equal(dark[t]);
    expect(luminance(light.surface)).to.be.above(luminance(dark.surface));
  });

  it("the widget's box really uses text on surface, with the border token", async () => {
    for (const theme of ['light', 'dark']) {
      const el = await card(theme);
      const c = resolve(el);
      const s = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect(s.color, theme).to.equal(c.text);
      expect(s.backgroundColor, theme).to.equal(c.surface);
      expect(s.borderTopColor, theme).to.equal(c.border);
    }
  });

  it('theme="auto" follows prefers-color-scheme (where the engine can emulate it)', async function () {
    const light = resolve(await card('light'));
    const dark = resolve(await card('dark'));
    await emulateMedia({ colorScheme: 'dark' }).catch(() => this.skip());
    expect(resolve(await card('auto'))).to.deep.equal(dark);
    await emulateMedia({ colorScheme: 'light' });
    expect(resolve(await card('auto'))).to.deep.equal(light);
  });
});

describe('theming', () => {
  it('--ser-* custom properties set on the page override the defaults in every theme', async () => {
    const wrap = await render(
      html`<div style="--ser-accent: rgb(128, 0, 64); --ser-surface: rgb(250, 240, 230)">
        <ser-explainer-card theme="light"></ser-explainer-card><ser-explainer-card theme="dark"></ser-explainer-card>
      </div>`,
    );
    for (const el of wrap.querySelectorAll('ser-explainer-card')) {
      const c = resolve(el);
      expect(c.accent).to.equal('rgb(128, 0, 64)');
      expect(c.surface).to.equal('rgb(250, 240, 230)');
    }
  });

  it('a token given as light-dark() takes its light or dark value from the theme', async () => {
    const wrap = await render(
      html`<div style="--ser-accent: light-dark(rgb(91, 60, 136), rgb(205, 184, 239))">
        <ser-explainer-card theme="light"></ser-explainer-card><ser-explainer-card theme="dark"></ser-explainer-card>
      </div>`,
    );
    const [light, dark] = [...wrap.querySelectorAll('ser-explainer-card')].map(resolve);
    expect(light.accent).to.equal('rgb(91, 60, 136)');
    expect(dark.accent).to.equal('rgb(205, 184, 239)');
  });

  it("a widget's own theme beats its provider's; otherwise the provider's applies, live", async () => {
    const p = await render<SerProvider>(
      html`<ser-provider theme="dark"><ser-explainer-card></ser-explainer-card><ser-explainer-card theme="light"></ser-explainer-card></ser-provider>`,
    );
    const [inherits, own] = p.querySelectorAll('ser-explainer-card');
    const scheme = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).colorScheme;
    expect(scheme(inherits)).to.equal('dark');
    expect(scheme(own)).to.equal('light');
    p.theme = 'light';
    await settle(p);
    expect(scheme(inherits)).to.equal('light');
  });

  it('sizes follow the host text size in em, even with html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrap = await render(html`<div style="font-size: 20px"><ser-explainer-card></ser-explainer-card></div>`);
      const el = wrap.querySelector('ser-explainer-card')!;
      expect(getComputedStyle(el).fontSize).to.equal('20px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).paddingTop).to.equal('20px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('--ser-font sets the font family; without it the host page font is inherited', async () => {
    const wrap = await render(
      html`<div style="font-family: Georgia, serif"><ser-explainer-card></ser-explainer-card
        ><ser-explainer-card style="--ser-font: monospace"></ser-explainer-card></div>`,
    );
    const [a, b] = wrap.querySelectorAll('ser-explainer-card');
    expect(getComputedStyle(a).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(b).fontFamily).to.equal('monospace');
  });
});
