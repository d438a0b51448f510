import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/index.js';
import type { SerConfig } from '../src/config/config.js';
import { componentDocs, opt, sharedArgTypes } from './support/helpers.js';

interface ProviderArgs {
  locale: string;
  theme: string;
  practitioner?: string;
  'booking-url'?: string;
  'support-url'?: string;
  'heading-level': string;
  reviewed?: string;
  'reviewed-by'?: string;
  'crisis-label'?: string;
  'crisis-url'?: string;
  /** The `config` property (JS only). */
  config?: SerConfig;
  /** The unnamed slot: listed in the docs, filled in each story's markup. */
  default?: never;
}

const widgets = html`<ser-explainer-card></ser-explainer-card>
  <ser-what-to-expect open="control"></ser-what-to-expect>
  <ser-emotion-checklist allow-other></ser-emotion-checklist>`;

const provider = (a: Partial<ProviderArgs>, children: TemplateResult = widgets) =>
  html`<ser-provider
    locale=${opt(a.locale)}
    theme=${opt(a.theme)}
    practitioner=${opt(a.practitioner)}
    booking-url=${opt(a['booking-url'])}
    support-url=${opt(a['support-url'])}
    heading-level=${opt(a['heading-level'])}
    reviewed=${opt(a.reviewed)}
    reviewed-by=${opt(a['reviewed-by'])}
    crisis-label=${opt(a['crisis-label'])}
    crisis-url=${opt(a['crisis-url'])}
    .config=${a.config ?? nothing}
  >
    <div class="ser-stack">${children}</div>
  </ser-provider>`;

const meta: Meta<ProviderArgs> = {
  title: 'Widgets/Provider',
  component: 'ser-provider',
  render: (a) => provider(a),
  args: { locale: '', theme: '', 'heading-level': '' },
  argTypes: { ...sharedArgTypes, config: { control: 'object' }, default: { control: false } },
  parameters: componentDocs(
    "`<ser-provider>` sets the language, theme, the practitioner's name, links, heading level and wording once for " +
      'every widget inside it. In these stories the toolbar adds an outer provider; the one in the story wins, key by key.',
  ),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** The practitioner's name, booking and contact links, set once and used by all three widgets. */
export const PractitionerDetails: Story = {
  args: {
    practitioner: 'Maya',
    'booking-url': 'https://example.com/book',
    'support-url': 'mailto:maya@example.com',
  },
};

/**
 * `reviewed` adds "Content reviewed November 2026 by Maya" once, under the care note; `crisis-label` and `crisis-url`
 * add the practitioner's own crisis contact to the checklist's support note.
 */
export const ReviewedAndCrisisContact: Story = {
  args: {
    practitioner: 'Maya',
    reviewed: '2026-11',
    'crisis-label': 'Crisis line 0800 123 456',
    'crisis-url': 'tel:+440800123456',
  },
};

/** `heading-level="3"`: the card and checklist headings become h3, the accordion's section titles h4. */
export const HeadingLevel: Story = {
  args: { 'heading-level': '3', practitioner: 'Maya' },
  render: (a) => html`<h2 class="ser-note">Sessions with Maya (an h2 on the practitioner's page)</h2>
    ${provider(a)}`,
};

/**
 * Settings and wording from a `<script type="application/json">` child: the easiest way for a practitioner to
 * reword any message in a page builder.
 */
export const JsonConfig: Story = {
  render: (a) =>
    provider(
      a,
      html`<script type="application/json">
          {
            "practitioner": "Sam",
            "bookingUrl": "https://example.com/sam/book",
            "supportUrl": "tel:+441234567890",
            "messages": {
              "cardHeading": "SomatoEmotional Release with Sam",
              "cardCta": "Book a visit",
              "clHeading": "What came up for you today?"
            }
          }
        </script>
        ${widgets}`,
    ),
};

/** The `config` property, for scripts: the same keys as the JSON. Attributes still win over it. */
export const ConfigProperty: Story = {
  args: {
    config: {
      locale: 'es',
      practitioner: 'Lucía',
      bookingUrl: 'https://example.com/reservar',
      messages: { cardCta: 'Reserva una sesión con Lucía' },
    },
  },
};

/** Providers nest: the inner one (French, dark) wins over the outer one (Spanish) for the widget inside it. */
export const Nested: Story = {
  render: () => html`<ser-provider locale="es" practitioner="Lucía">
    <div class="ser-stack">
      <ser-explainer-card variant="compact"></ser-explainer-card>
      <ser-provider locale="fr" theme="dark">
        <ser-explainer-card variant="compact"></ser-explainer-card>
      </ser-provider>
    </div>
  </ser-provider>`,
};

/**
 * Bad input: malformed JSON, an unknown theme and heading level. The widgets keep their defaults and the console
 * has one warning per problem.
 */
export const BadInput: Story = {
  args: { theme: 'purple', 'heading-level': 'seven' },
  argTypes: { theme: { control: 'text' }, 'heading-level': { control: 'text' } },
  render: (a) => provider(a, html`<script type="application/json">{ "practitioner": "Maya", </script>${widgets}`),
};
