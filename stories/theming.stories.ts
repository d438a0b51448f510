import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/index.js';
import { describe, tokens } from './support/tokens.js';
import { componentDocs } from './support/helpers.js';

type TokenArgs = Record<string, string>;

const all = tokens();

/** Token values that are set (empty controls keep the built-in value). */
const chosen = (a: TokenArgs) => all.filter((t) => a[t.name]?.trim()).map((t) => [t.name, a[t.name].trim()] as const);

/** Applies the tokens through the CSSOM (no style attribute in the markup), as a practitioner's stylesheet would. */
const apply = (a: TokenArgs) => (el?: Element) => {
  if (!(el instanceof HTMLElement)) return;
  for (const t of all) el.style.removeProperty(t.name);
  for (const [name, value] of chosen(a)) el.style.setProperty(name, value);
};

const snippet = (a: TokenArgs) => {
  const set = chosen(a);
  return set.length
    ? `/* Paste into your site's custom CSS */\n:root {\n${set.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}`
    : '/* Change a control to see the CSS to paste into your site. */';
};

/** Copies the CSS beside it and says so next to the button. */
const copy = async (e: Event) => {
  const button = e.currentTarget as HTMLButtonElement;
  const status = button.nextElementSibling!;
  const code = button.closest('aside')!.querySelector('code')!.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying was blocked: select the CSS and copy it by hand.';
  }
};

const widgets = (a: TokenArgs) => html`<div class="ser-stack" ${ref(apply(a))}>
  <ser-provider practitioner="Maya" booking-url="https://example.com/book" support-url="mailto:maya@example.com">
    <ser-explainer-card open></ser-explainer-card>
    <ser-what-to-expect open="during"></ser-what-to-expect>
    <ser-emotion-checklist allow-other></ser-emotion-checklist>
  </ser-provider>
</div>`;

/** The widgets, with the CSS for the chosen tokens beside them (under them on narrow screens). */
const showcase = (a: TokenArgs) => html`<div class="ser-theming">
  ${widgets(a)}
  <aside aria-labelledby="css-h">
    <p class="ser-caption" id="css-h">CSS for these tokens</p>
    <pre class="ser-output"><code>${snippet(a)}</code></pre>
    <button type="button" @click=${copy}>Copy CSS</button>
    <span role="status"></span>
  </aside>
</div>`;

const meta: Meta<TokenArgs> = {
  title: 'Design/Theming',
  render: showcase,
  argTypes: Object.fromEntries(
    all.map((t) => [
      t.name,
      {
        control: t.color ? { type: 'color' } : { type: 'text' },
        description: describe(t),
        table: { category: 'tokens' },
      },
    ]),
  ) as ArgTypes<TokenArgs>,
  parameters: componentDocs(
    'Every `--ser-*` custom property the widgets read, on all three widgets at once. Empty controls keep the ' +
      'built-in value (which follows the light or dark theme). A colour you set wins over both themes, so check ' +
      "it with the toolbar's theme switch. The CSS to paste into a site appears beside the widgets, with a Copy button.",
  ),
};
export default meta;
type Story = StoryObj<TokenArgs>;

/** Every token editable in the controls panel; all three widgets show the result. */
export const Playground: Story = {};

/** A warm, rounded brand with a serif font. */
export const WarmBrand: Story = {
  args: {
    '--ser-accent': '#7a3e1d',
    '--ser-on-accent': '#ffffff',
    '--ser-surface': '#fffaf3',
    '--ser-text': '#2b2118',
    '--ser-muted': '#5f4d3d',
    '--ser-border': '#8c735c',
    '--ser-soft': '#f6ecdf',
    '--ser-radius': '1.25em',
    '--ser-font': 'Georgia, "Times New Roman", serif',
  },
};

/** A calm green brand with square corners and tighter spacing. */
export const SquareAndCompact: Story = {
  args: {
    '--ser-accent': '#2f5d3a',
    '--ser-soft': '#edf4ee',
    '--ser-radius': '0',
    '--ser-space': '0.75em',
  },
};

/**
 * High-contrast tokens: pure black on white, with a dark red focus ring. Real forced-colors mode
 * (Windows Contrast themes) ignores tokens and uses system colours; see each widget's "Forced colors" story.
 */
export const HighContrastTokens: Story = {
  args: {
    '--ser-accent': '#000000',
    '--ser-on-accent': '#ffffff',
    '--ser-surface': '#ffffff',
    '--ser-text': '#000000',
    '--ser-muted': '#000000',
    '--ser-border': '#000000',
    '--ser-soft': '#ffffff',
    '--ser-focus': '#c00000',
  },
};

/** Styling beyond tokens: the practitioner's stylesheet reaches named parts with `::part()`. */
export const CssParts: Story = {
  render: (a) => html`<style>
      .parts-demo ser-explainer-card::part(heading) {
        font-family: Georgia, serif;
        font-size: 1.6em;
        letter-spacing: 0.01em;
      }
      .parts-demo ser-explainer-card::part(cta) {
        border-radius: 999px;
      }
      .parts-demo ser-what-to-expect::part(button) {
        font-weight: 700;
      }
    </style>
    <div class="parts-demo">${showcase(a)}</div>
    <p class="ser-caption">CSS used in this story</p>
    <pre class="ser-output"><code>ser-explainer-card::part(heading) { font-family: Georgia, serif; font-size: 1.6em; }
ser-explainer-card::part(cta) { border-radius: 999px; }
ser-what-to-expect::part(button) { font-weight: 700; }</code></pre>`,
};
