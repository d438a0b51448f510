import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/explainer-card/explainer-card.js';
import { contrast, schemes } from './support/contrast.js';
import { describe, tokens, type Token } from './support/tokens.js';

const all = tokens();
const byName = Object.fromEntries(all.map((t) => [t.name, schemes(t.fallback)]));

/** What each colour is read against: text on the surface, except text on accent buttons. */
const against = (t: Token) => (t.name == '--ser-on-accent' ? '--ser-accent' : '--ser-surface');

const ratio = (t: Token, scheme: 0 | 1) => {
  if (!t.color || t.name == '--ser-surface') return nothing;
  const value = contrast(byName[t.name][scheme], byName[against(t)][scheme]);
  if (value === undefined) return nothing;
  const enough = t.name == '--ser-border' || t.name == '--ser-soft' ? 3 : 4.5;
  const verdict = value >= enough ? 'passes' : 'below';
  return html`<span class="ser-ratio ${verdict}">${value.toFixed(2)}:1</span>`;
};

const swatch = (value: string) => html`<span class="ser-swatch" style="background: ${value}"></span><code>${value}</code>`;

const cell = (t: Token, scheme: 0 | 1) =>
  t.color ? html`${swatch(byName[t.name][scheme])} ${ratio(t, scheme)}` : html`<code>${t.fallback || 'inherit'}</code>`;

const table = () => html`<div class="ser-stack">
  <table class="ser-tokens">
    <caption>
      Every <code>--ser-*</code> token, its built-in value in each theme, and its contrast against the surface it sits on
      (text on the widget's surface; the button text on the accent). Text needs 4.5:1; borders and quiet panels 3:1.
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
    docs: {
      description: {
        component:
          'The design tokens a practitioner or designer can set in CSS, read straight from the widgets\' styles. ' +
          'Set them on the widgets (or `:root`); see Design/Theming to try values live.',
      },
    },
  },
};
export default meta;

/** Every token with its light and dark defaults and their contrast; the card below uses them in both themes. */
export const AllTokens: StoryObj = {};
