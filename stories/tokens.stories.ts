import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/explainer-card/explainer-card.js';
import { contrast, schemes } from './support/contrast.js';
import { componentDocs } from './support/helpers.js';
import { describe, tokens, type Token } from './support/tokens.js';

const all = tokens();
const byName = Object.fromEntries(all.map((t) => [t.name, schemes(t.fallback)]));

/** Each colour and what it is read against; for the soft panel colour, the body text written on it. */
const pairs: Record<string, [string, string, number]> = {
  '--ser-accent': ['--ser-accent', '--ser-surface', 4.5],
  '--ser-on-accent': ['--ser-on-accent', '--ser-accent', 4.5],
  '--ser-text': ['--ser-text', '--ser-surface', 4.5],
  '--ser-muted': ['--ser-muted', '--ser-surface', 4.5],
  '--ser-border': ['--ser-border', '--ser-surface', 3],
  '--ser-focus': ['--ser-focus', '--ser-surface', 3],
  '--ser-soft': ['--ser-text', '--ser-soft', 4.5],
};

const ratio = (t: Token, scheme: 0 | 1) => {
  const pair = pairs[t.name];
  if (!pair || !byName[pair[0]] || !byName[pair[1]]) return nothing;
  const value = contrast(byName[pair[0]][scheme], byName[pair[1]][scheme]);
  if (value === undefined) return nothing;
  const verdict = value >= pair[2] ? 'passes' : 'below';
  const what = t.name == '--ser-soft' ? ' (text on it)' : t.name == '--ser-on-accent' ? ' (on the accent)' : '';
  return html`<span class="ser-ratio ${verdict}">${value.toFixed(2)}:1${what}</span>`;
};

const swatch = (value: string) =>
  html`<span class="ser-swatch" style="background: ${value}"></span><code>${value}</code>`;

const cell = (t: Token, scheme: 0 | 1) =>
  t.color ? html`${swatch(byName[t.name][scheme])} ${ratio(t, scheme)}` : html`<code>${t.fallback || 'inherit'}</code>`;

const table = () => html`<div class="ser-stack">
  <table class="ser-tokens">
    <caption>
      Every <code>--ser-*</code> token, its built-in value in each theme, and its contrast against the surface it sits on
      (the widget's surface, unless said otherwise). Text needs 4.5:1; borders and the focus ring 3:1.
    </caption>
    <thead>
      <tr><th scope="col">Token</th><th scope="col">What it changes</th><th scope="col">Light</th><th scope="col">Dark</th></tr>
    </thead>
    <tbody>
      ${all.map(
        (t) => html`<tr>
          <th scope="row"><code>${t.name}</code></th>
          <td>${describe(t).replace(/ Default: .*$/, '')}</td>
          <td>${cell(t, 0)}</td>
          <td>${cell(t, 1)}</td>
        </tr>`,
      )}
    </tbody>
  </table>
  <div class="ser-grid">
    <ser-explainer-card theme="light" variant="compact"></ser-explainer-card>
    <ser-explainer-card theme="dark" variant="compact"></ser-explainer-card>
  </div>
</div>`;

const meta: Meta = {
  title: 'Design/Tokens',
  render: table,
  parameters: {
    controls: { disable: true },
    ...componentDocs(
      "The design tokens a practitioner or designer can set in CSS, read straight from the widgets' styles. " +
        'Set them on the widgets (or `:root`); see Design/Theming to try values live.',
    ),
  },
};
export default meta;

/** Every token with its light and dark defaults and their contrast; the card below uses them in both themes. */
export const AllTokens: StoryObj = {};
