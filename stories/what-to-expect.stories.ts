import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/what-to-expect/what-to-expect.js';
import type { Section } from '../src/i18n/types.js';
import { ref } from 'lit/directives/ref.js';
import { choice, componentDocs, opt, sharedArgTypes } from './support/helpers.js';
import { commonStories, forceState, rtlSample } from './support/variants.js';

interface WteArgs {
  'heading-level': string;
  'open-mode': string;
  open?: string;
  remember: boolean;
  extend: boolean;
  /** Removes the care note this widget shows when it leads its group. */
  'no-disclaimer': boolean;
  print: string;
  theme: string;
  locale: string;
  /** The `sections` property (JS only). */
  sections?: Section[];
  /** The unnamed slot: listed in the docs, filled in each story's markup. */
  default?: never;
}

const wte = (a: Partial<WteArgs>, children: TemplateResult | typeof nothing = nothing) =>
  html`<ser-what-to-expect
    heading-level=${opt(a['heading-level'])}
    open-mode=${opt(a['open-mode'])}
    open=${opt(a.open)}
    ?remember=${a.remember}
    ?extend=${a.extend}
    ?no-disclaimer=${a['no-disclaimer']}
    print=${opt(a.print)}
    theme=${opt(a.theme)}
    locale=${opt(a.locale)}
    .sections=${a.sections}
    @ser-section-toggle=${action('ser-section-toggle')}
    >${children}</ser-what-to-expect
  >`;

/** A practitioner's own sections in plain HTML: readable even if the script never loads. */
const ownSections = html`<details id="ser-arriving">
    <summary>Finding the studio</summary>
    <p>The studio is on the first floor of 12 Quay Street. Ring the bell marked "Harbour Light" and I will come down.</p>
    <p>There is free parking behind the building. The nearest bus stop is Quay Street, two minutes away.</p>
  </details>
  <details id="ser-cost">
    <summary>Cost and cancelling</summary>
    <ul>
      <li>A one-hour session costs 70 euros; ninety minutes costs 95 euros.</li>
      <li>You can cancel for free up to a day before. <a href="https://example.com/policy">Read the full policy</a>.</li>
    </ul>
  </details>`;

const meta: Meta<WteArgs> = {
  title: 'Widgets/What to expect',
  component: 'ser-what-to-expect',
  render: (a) => html`<div class="ser-stack">${wte(a)}</div>`,
  args: {
    'heading-level': '',
    'open-mode': '',
    remember: false,
    extend: false,
    'no-disclaimer': false,
    print: '',
    theme: '',
    locale: '',
  },
  argTypes: {
    ...sharedArgTypes,
    'open-mode': choice(['multiple', 'single'], '(multiple)'),
    print: choice(['as-shown'], '(every section)'),
    open: {
      control: 'text',
      description: 'Section ids open at first, separated by spaces (before during after control), or `all`.',
    },
    sections: { control: 'object' },
    default: { control: false },
  },
  parameters: componentDocs(
    'What happens before, during and after a session, and how the client stays in control. ' +
      'An accordion that follows the WAI-ARIA pattern: Enter or Space opens a section; Up, Down, Home and End move between titles.',
  ),
};
export default meta;
type Story = StoryObj<WteArgs>;

/** The built-in sections, all closed. */
export const Default: Story = {};

/** `open="all"`: every section open at first ("Hide all sections" closes them). */
export const AllOpen: Story = { args: { open: 'all' } };

/** `open-mode="single"`: opening one section closes the other; there is no "Show all" button. */
export const SingleOpenMode: Story = { args: { 'open-mode': 'single', open: 'during' } };

/**
 * `remember`: open sections are kept in sessionStorage for this page and tab, so they stay open after a reload.
 * Without it nothing is stored.
 */
export const Remember: Story = { args: { remember: true } };

/** Deep links: a link to `#ser-` plus a section id opens that section and scrolls to it. */
export const DeepLinks: Story = {
  render: (a) => html`<div class="ser-stack">
    <nav aria-label="Jump to a section">
      <p class="ser-note">
        <a href="#ser-during">During the session</a> · <a href="#ser-after">After your session</a> ·
        <a href="#ser-control">You are in control</a>
      </p>
    </nav>
    ${wte(a)}
  </div>`,
};

/** A practitioner's own sections, written as `<details>` in the page's HTML. They replace the built-in ones. */
export const PractitionerSections: Story = {
  args: { open: 'arriving' },
  render: (a) => html`<div class="ser-stack">${wte(a, ownSections)}</div>`,
};

/** `extend`: the practitioner's `<details>` sections come after the built-in ones. */
export const ExtendBuiltInSections: Story = {
  args: { extend: true },
  render: (a) => html`<div class="ser-stack">${wte(a, ownSections)}</div>`,
};

/** The `sections` property, for scripts: long titles, long paragraphs and long lists wrap and stay readable. */
export const LongCustomSections: Story = {
  args: {
    open: 'first-visit',
    sections: [
      {
        id: 'first-visit',
        title: 'Your very first visit to the Riverside Centre for CranioSacral Therapy and Gentle Bodywork',
        body: [
          'We begin with about fifteen minutes of talking. I ask about your health, what brings you here, and anything that would help you feel at ease. ' +
            'You can share as much or as little as you want, and you can change your mind about anything at any point.',
        ],
        list: [
          'Bring a list of any medicines you take.',
          'Arrive five minutes early if you can, so you do not feel rushed.',
          'Tell me if you would like the door open, the light lower, or a blanket.',
        ],
      },
      {
        id: 'children',
        title: 'Sessions for children and teenagers',
        body: [
          'A parent or carer stays in the room for the whole session. Young people can stop at any time, just like adults.',
        ],
      },
    ],
  },
};

const common = commonStories<WteArgs>(wte, {
  dark: { open: 'during' },
  forced: { open: 'before' },
  rtl: {
    open: 'rtl-1',
    sections: [
      { id: 'rtl-1', title: rtlSample.heading, body: [rtlSample.paragraph, rtlSample.short], list: rtlSample.items },
      { id: 'rtl-2', title: rtlSample.items[1], body: [rtlSample.short] },
    ],
  },
  language: { open: 'control' },
});

/** `theme="dark"`, with the toolbar's theme set to dark so the page around it matches. */
export const Dark: Story = common.Dark;

/** Forced colors (Windows High Contrast): system colours, visible borders and focus. */
export const ForcedColors: Story = { ...common.ForcedColors, tags: ['forced-colors'] };

/** Right to left: the layout mirrors. */
export const RightToLeft: Story = common.RightToLeft;

/** The five shipped languages, set with the `locale` attribute. */
export const EveryLanguage: Story = common.EveryLanguage;

const longSections: Section[] = [
  {
    id: 'long',
    title: 'A very long section title that wraps onto a second and maybe a third line on a phone',
    body: ['The chevron stays on the first line of the title.'],
  },
];

/** Every state side by side: closed, open, keyboard focus, hover, plain and a long title, for design review and screenshots. */
export const AllStates: Story = {
  tags: ['repeats-widget'],
  render: (a) => html`<div class="ser-states">
    <div><p class="ser-caption">Closed</p>${wte(a)}</div>
    <div><p class="ser-caption">Open</p>${wte({ ...a, open: 'during' })}</div>
    <div>
      <p class="ser-caption">Keyboard focus</p>
      <ser-what-to-expect theme=${opt(a.theme)} ${ref(forceState('[part=button]', 'focus-visible'))}></ser-what-to-expect>
    </div>
    <div>
      <p class="ser-caption">Hover</p>
      <ser-what-to-expect theme=${opt(a.theme)} ${ref(forceState('[part=button]', 'hover'))}></ser-what-to-expect>
    </div>
    <div>
      <p class="ser-caption">Plain (no frame)</p>
      <ser-what-to-expect variant="plain" theme=${opt(a.theme)} open="before"></ser-what-to-expect>
    </div>
    <div><p class="ser-caption">Long title, open</p>${wte({ ...a, sections: longSections, open: 'long' })}</div>
  </div>`,
};

/**
 * Bad input: an unknown `open-mode`, a heading level out of range, a `<details>` without a `<summary>`, one
 * without content, and two with the same id. Broken sections are skipped, repeated ids are numbered, and each
 * problem is reported once in the console.
 */
export const BadInput: Story = {
  args: { 'open-mode': 'sometimes', 'heading-level': '1' },
  argTypes: { 'open-mode': { control: 'text' }, 'heading-level': { control: 'text' } },
  render: (a) => html`<div class="ser-stack">
    ${wte(
      a,
      html`<details><p>A section with no title.</p></details>
        <details><summary>A section with no content</summary></details>
        <details id="ser-same"><summary>&lt;b&gt;Markup&lt;/b&gt; stays text</summary><p>First.</p></details>
        <details id="ser-same"><summary>Same id again</summary><p>Second.</p></details>`,
    )}
  </div>`,
};
