import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/index.js';
import { applyPrintRulesWithin } from './support/print-media.js';
import { componentDocs } from './support/helpers.js';

interface PrintArgs {
  theme: string;
  'print-what-to-expect': string;
}

/** Once the widgets have rendered, each one shows its `@media print` rules on screen (see support/print-media.ts). */
const asPrinted = (el?: Element) => {
  if (!el) return;
  // Later: the widgets inside are created with this element, and render after it.
  setTimeout(async () => {
    const widgets = [...el.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    applyPrintRulesWithin(el);
  });
};

/** Paper: white, whatever the toolbar's theme, as the printed page would be. */
const paper = (a: PrintArgs) => html`<div class="ser-paper ser-stack" ${ref(asPrinted)}>
  <ser-provider theme=${a.theme} practitioner="Maya" booking-url="https://example.com/book" support-url="mailto:maya@example.com">
    <ser-explainer-card></ser-explainer-card>
    <ser-what-to-expect print=${a['print-what-to-expect'] || nothing} open="during"></ser-what-to-expect>
    <ser-emotion-checklist allow-other .selected=${['fear', 'lightness']} .other=${'A warm tingle in my hands'}></ser-emotion-checklist>
  </ser-provider>
</div>`;

const meta: Meta<PrintArgs> = {
  title: 'Design/Printed',
  render: paper,
  args: { theme: 'light', 'print-what-to-expect': '' },
  argTypes: {
    theme: {
      control: 'select',
      options: ['light', 'dark', 'auto'],
      description: 'The theme on screen: paper is black on white in every theme.',
    },
    'print-what-to-expect': {
      control: { type: 'select', labels: { '': '(default: every section)' } },
      options: ['', 'as-shown'],
      description:
        '`print` on `<ser-what-to-expect>`: `as-shown` prints only the sections open on screen ("During the session" here).',
    },
  },
  parameters: componentDocs(
    'What the widgets look like on paper, for designers: each widget here applies its own print styles on screen. ' +
      'Every section and the "Learn more" text are printed although closed, links are followed by their address, ' +
      'and the buttons are left out. To see a real page instead: open Chrome DevTools, press Ctrl/Cmd+Shift+P, ' +
      'run "Show Rendering" and set "Emulate CSS media type" to "print", or use the browser\'s print preview.',
  ),
};
export default meta;
type Story = StoryObj<PrintArgs>;

/** Every widget as printed: the "What to expect" sections are closed on screen, except "During the session". */
export const EveryWidget: Story = {};

/** The dark theme prints black on white too, with no background panels. */
export const DarkTheme: Story = { args: { theme: 'dark' } };

/** `print="as-shown"` on `<ser-what-to-expect>`: only the sections open on screen are printed. */
export const WhatToExpectAsShown: Story = { args: { 'print-what-to-expect': 'as-shown' } };
