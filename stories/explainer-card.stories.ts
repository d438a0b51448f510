import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/explainer-card/explainer-card.js';
import { ref } from 'lit/directives/ref.js';
import { choice, componentDocs, opt, paragraphs, sharedArgTypes, text } from './support/helpers.js';
import { commonStories, forceState, rtlSample } from './support/variants.js';
import { logo } from './support/logo.js';

interface CardArgs {
  heading?: string;
  'heading-level': string;
  variant: string;
  open: boolean;
  'cta-href'?: string;
  'cta-label'?: string;
  'no-disclaimer': boolean;
  theme: string;
  locale: string;
  /** Slots: empty means the built-in copy. */
  media: string;
  summary?: string;
  more?: string;
  disclaimer?: string;
}

const card = (a: Partial<CardArgs>) =>
  html`<ser-explainer-card
    heading=${opt(a.heading)}
    heading-level=${opt(a['heading-level'])}
    variant=${opt(a.variant)}
    ?open=${a.open}
    cta-href=${opt(a['cta-href'])}
    cta-label=${opt(a['cta-label'])}
    ?no-disclaimer=${a['no-disclaimer']}
    theme=${opt(a.theme)}
    locale=${opt(a.locale)}
    @ser-toggle=${action('ser-toggle')}
  >
    ${a.media == 'logo' ? logo('media') : nothing}
    ${a.summary ? html`<p slot="summary">${a.summary}</p>` : nothing}
    ${a.more ? html`<div slot="more">${paragraphs(a.more).map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${a.disclaimer ? html`<span slot="disclaimer">${a.disclaimer}</span>` : nothing}
  </ser-explainer-card>`;

const meta: Meta<CardArgs> = {
  title: 'Widgets/Explainer card',
  component: 'ser-explainer-card',
  render: (a) => html`<div class="ser-stack">${card(a)}</div>`,
  // Empty text controls stay unset: the widget shows its built-in copy.
  args: { 'heading-level': '', variant: '', open: false, 'no-disclaimer': false, theme: '', locale: '', media: 'none' },
  argTypes: {
    ...sharedArgTypes,
    variant: choice(['full', 'compact', 'plain'], '(full)'),
    media: { control: { type: 'inline-radio' }, options: ['none', 'logo'] },
    summary: text,
    more: {
      control: { type: 'text' },
      description: 'Replaces the "Learn more" paragraphs. Separate paragraphs with a blank line.',
    },
    disclaimer: text,
  },
  parameters: componentDocs(
    'The first thing a visitor reads: what SomatoEmotional Release is, a "Learn more" part, a disclaimer ' +
      'and an optional booking button. Every control below is an attribute or a slot a practitioner can set.',
  ),
};
export default meta;
type Story = StoryObj<CardArgs>;

/** The card as it comes: no attributes at all. */
export const Default: Story = {};

/** `variant="compact"`: tighter, for a sidebar or a narrow column. */
export const Compact: Story = {
  args: { variant: 'compact', media: 'logo' },
  render: (a) => html`<div class="ser-grid">
    <div>${card(a)}</div>
    <p class="ser-note">
      The compact card suits a sidebar next to the practitioner's own text. It keeps the same parts, with less
      space around them and a smaller logo.
    </p>
  </div>`,
};

/** `open`: "Learn more" already expanded. */
export const LearnMoreOpen: Story = { args: { open: true } };

/** A booking button: `cta-href` and `cta-label` (only http, https, mailto, tel and relative links are accepted). */
export const WithBookingButton: Story = {
  args: { 'cta-href': 'https://example.com/book', 'cta-label': 'Book a session with Maya' },
};

const common = commonStories<CardArgs>(card, {
  dark: { open: true, 'cta-href': 'https://example.com/book' },
  forced: { open: true, 'cta-href': 'https://example.com/book', media: 'logo' },
  rtl: {
    open: true,
    'cta-href': 'https://example.com/book',
    'cta-label': rtlSample.items[0],
    media: 'logo',
    heading: rtlSample.heading,
    summary: rtlSample.paragraph,
    more: `${rtlSample.short}\n\n${rtlSample.paragraph}`,
    disclaimer: rtlSample.short,
  },
  language: { 'cta-href': 'https://example.com/book' },
});

/** `theme="dark"` (the toolbar's theme is set to dark too, so the page around it matches). */
export const Dark: Story = common.Dark;

/** Windows High Contrast and other forced-colors modes: system colours replace the tokens, outlines and borders stay. */
export const ForcedColors: Story = { ...common.ForcedColors, tags: ['forced-colors'] };

/** Right to left: the layout mirrors. */
export const RightToLeft: Story = common.RightToLeft;

/** The five shipped languages side by side, set with the `locale` attribute. */
export const EveryLanguage: Story = common.EveryLanguage;

/** Every state side by side: closed, open, keyboard focus, hover, compact and long text. */
export const AllStates: Story = {
  tags: ['repeats-widget'],
  render: (a) => html`<div class="ser-states">
    <div><p class="ser-caption">Closed</p>${card(a)}</div>
    <div><p class="ser-caption">Open, with booking button</p>${card({ ...a, open: true, 'cta-href': 'https://example.com/book' })}</div>
    <div>
      <p class="ser-caption">Keyboard focus</p>
      <ser-explainer-card theme=${opt(a.theme)} ${ref(forceState('.toggle', 'focus-visible'))}></ser-explainer-card>
    </div>
    <div>
      <p class="ser-caption">Hover</p>
      <ser-explainer-card theme=${opt(a.theme)} ${ref(forceState('.toggle', 'hover'))}></ser-explainer-card>
    </div>
    <div><p class="ser-caption">Compact</p>${card({ ...a, variant: 'compact' })}</div>
    <div><p class="ser-caption">Plain (no frame)</p>${card({ ...a, variant: 'plain' })}</div>
    <div>
      <p class="ser-caption">Long text</p>
      ${card({ ...a, heading: 'SomatoEmotional Release at the Riverside Centre for CranioSacral Therapy and Gentle Bodywork', 'cta-href': 'https://example.com/book', 'cta-label': 'Book your first ninety-minute session online today' })}
    </div>
  </div>`,
};

/** The card on a small phone (the toolbar's viewport tool is set to a 320 px phone). */
export const PhoneWidth: Story = {
  args: { open: true, 'cta-href': 'https://example.com/book', media: 'logo' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** Long words, a long heading and a long button label: nothing overflows. */
export const LongContent: Story = {
  args: {
    heading:
      'SomatoEmotional Release at the Riverside Centre for CranioSacral Therapy and Gentle Bodywork: what it is and how it may help',
    'cta-label': 'Book your first ninety-minute SomatoEmotional Release session online today',
    'cta-href': 'https://example.com/book',
    summary:
      'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen-length words wrap instead of spilling out of the card. ' +
      'This paragraph is deliberately long, so designers can check line length, spacing and reading comfort when a ' +
      'practitioner writes more than the built-in summary.',
    open: true,
  },
};

/** A practitioner's own words through the slots: a logo, a summary, the "Learn more" text and a reworded disclaimer. */
export const PractitionerContent: Story = {
  args: {
    media: 'logo',
    heading: 'How I work with SomatoEmotional Release',
    summary:
      'I trained in CranioSacral Therapy first, and now bring SER into many of my sessions. I work slowly and I check in with you often.',
    more:
      'Sessions last an hour. We start with a short chat about how you are and what you would like from the session.\n\n' +
      'You stay clothed and can stop at any point. Some clients talk a lot, others hardly at all: both are fine.',
    disclaimer:
      'My sessions support, and never replace, care from your doctor, therapist or other health professional.',
    'cta-href': 'mailto:maya@example.com',
    'cta-label': 'Email Maya',
  },
};

/**
 * Bad input: an out-of-range heading level, an unknown variant and theme, a `javascript:` link and markup in the
 * heading. The card falls back to its defaults, shows the markup as text, renders no link, and logs one console
 * warning per problem (open the browser console to see them).
 */
export const BadInput: Story = {
  args: {
    heading: '<img src=x onerror=alert(1)> What is SER?',
    'heading-level': '9',
    variant: 'huge',
    theme: 'neon',
    'cta-href': 'javascript:alert(1)',
    'cta-label': '<b>Book</b>',
  },
  argTypes: {
    'heading-level': { control: 'text' },
    variant: { control: 'text' },
    theme: { control: 'text' },
  },
};
