import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/emotion-checklist/emotion-checklist.js';
import type { Group } from '../src/i18n/types.js';
import { ref } from 'lit/directives/ref.js';
import { componentDocs, opt, sharedArgTypes } from './support/helpers.js';
import { commonStories, forceState, rtlSample } from './support/variants.js';

interface ChecklistArgs {
  heading?: string;
  'heading-level': string;
  name?: string;
  'allow-other': boolean;
  extend: boolean;
  required: boolean;
  disabled: boolean;
  persist: boolean;
  'allow-recording': boolean;
  /** Removes the care note this widget shows when it leads its group. */
  'no-disclaimer': boolean;
  'support-url'?: string;
  theme: string;
  locale: string;
  /** The `support` slot: empty means the built-in note. */
  support?: string;
  /** The `groups` property (JS only). */
  groups?: Group[];
  /** The unnamed slot: listed in the docs, filled in each story's markup. */
  default?: never;
}

const checklist = (a: Partial<ChecklistArgs>, children: TemplateResult | typeof nothing = nothing) =>
  html`<ser-emotion-checklist
    heading=${opt(a.heading)}
    heading-level=${opt(a['heading-level'])}
    name=${opt(a.name)}
    ?allow-other=${a['allow-other']}
    ?extend=${a.extend}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?persist=${a.persist}
    ?allow-recording=${a['allow-recording']}
    ?no-disclaimer=${a['no-disclaimer']}
    support-url=${opt(a['support-url'])}
    theme=${opt(a.theme)}
    locale=${opt(a.locale)}
    .groups=${a.groups}
    @ser-change=${action('ser-change')}
  >
    ${a.support ? html`<p slot="support">${a.support}</p>` : nothing}${children}
  </ser-emotion-checklist>`;

/** Shows what the form would send: one entry per ticked item, and the free text. */
const showEntries = (e: SubmitEvent) => {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const entries = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`);
  form.querySelector('output')!.textContent = entries.length ? entries.join('\n') : '(no entries)';
};

const inForm = (a: Partial<ChecklistArgs>, lead: string) =>
  html`<form class="ser-form" @submit=${showEntries} @reset=${(e: Event) => ((e.target as HTMLFormElement).querySelector('output')!.textContent = '')}>
    <p class="ser-note">${lead}</p>
    <p>
      <label for="client-name">Your first name</label><br />
      <input type="text" id="client-name" name="client" autocomplete="given-name" />
    </p>
    ${checklist(a)}
    <div class="ser-actions">
      <button type="submit">Send to my practitioner</button>
      <button type="reset">Start again</button>
    </div>
    <output class="ser-output" aria-live="polite"></output>
  </form>`;

/** A practitioner's own groups and items in plain HTML (the inputs have no name: the element submits them itself). */
const ownGroups = html`<fieldset name="body">
  <legend>What you noticed in your body</legend>
  <label><input type="checkbox" value="warmth" /> Warmth <small>A spreading, gentle heat</small></label>
  <label><input type="checkbox" value="tingling" /> Tingling <small>Pins and needles, or a buzz</small></label>
  <label><input type="checkbox" value="heaviness" /> Heaviness</label>
  <label><input type="checkbox" value="sleepy" /> Sleepiness <small>Drifting off, or yawning a lot</small></label>
</fieldset>`;

const meta: Meta<ChecklistArgs> = {
  title: 'Widgets/Emotion checklist',
  component: 'ser-emotion-checklist',
  render: (a) => html`<div class="ser-stack">${checklist(a)}</div>`,
  // Empty text controls stay unset: the widget shows its built-in copy.
  args: {
    'heading-level': '',
    'allow-other': false,
    extend: false,
    required: false,
    disabled: false,
    persist: false,
    'allow-recording': false,
    'no-disclaimer': false,
    theme: '',
    locale: '',
  },
  argTypes: {
    ...sharedArgTypes,
    disabled: { control: 'boolean' },
    support: { control: 'text' },
    groups: { control: 'object' },
    default: { control: false },
  },
  parameters: componentDocs(
    'A private checklist of feelings a client may notice. Nothing leaves the browser unless the client sends ' +
      "the practitioner's own form, or the practitioner turns on `persist`. Session-replay tools are told not to record it.",
  ),
};
export default meta;
type Story = StoryObj<ChecklistArgs>;

/** The built-in groups, nothing ticked, nothing stored. */
export const Default: Story = {};

/** `allow-other`: a free-text "Something else" box, included in the summary, the copy, the print and the form. */
export const WithSomethingElse: Story = { args: { 'allow-other': true } };

/** Inside the practitioner's own `<form>`, with `name="felt"`: submit to see the entries the form would send. */
export const InAForm: Story = {
  args: { name: 'felt', 'allow-other': true },
  render: (a) => inForm(a, 'Tick a few items, then send: the entries appear below instead of being sent anywhere.'),
};

/** `required`: the form will not submit until something is ticked or written, and says why. */
export const Required: Story = {
  args: { name: 'felt', required: true },
  render: (a) => inForm(a, 'Press "Send" with nothing ticked to see the browser ask for at least one item.'),
};

/**
 * `persist`: answers are kept in this browser (localStorage) until the client presses "Forget my answers".
 * Tick something and reload the story to see it come back.
 */
export const Persisted: Story = { args: { persist: true, 'allow-other': true } };

/** `disabled`, here from a disabled `<fieldset>` around the checklist, as a form would do it. */
export const Disabled: Story = {
  args: { name: 'felt' },
  render: (a) => html`<form class="ser-form">
    <fieldset disabled>
      <legend>Answers are closed for this session</legend>
      ${checklist(a)}
    </fieldset>
  </form>`,
};

/** A practitioner's own group in HTML, and a reworded support note through the `support` slot. */
export const PractitionerItems: Story = {
  args: {
    heading: 'How did your body feel?',
    support: 'If anything worries you after a session, call me on 01234 567890. In an emergency, call 112.',
  },
  render: (a) => html`<div class="ser-stack">${checklist(a, ownGroups)}</div>`,
};

/** `extend`: the practitioner's group comes after the built-in ones instead of replacing them. */
export const ExtendBuiltInGroups: Story = {
  args: { extend: true, 'support-url': 'mailto:maya@example.com' },
  render: (a) => html`<div class="ser-stack">${checklist(a, ownGroups)}</div>`,
};

/** A long list through the `groups` property: forty items in four groups. */
export const LongList: Story = {
  args: {
    'allow-other': true,
    groups: ['Morning', 'Afternoon', 'Evening', 'Next day'].map((when) => ({
      id: when.toLowerCase().replace(' ', '-'),
      legend: `${when}: how did you feel?`,
      items: Array.from({ length: 10 }, (_, i) => ({
        id: `${when.toLowerCase().replace(' ', '-')}-${i + 1}`,
        label: `Feeling number ${i + 1} in the ${when.toLowerCase()}, with a longer label that wraps on a phone`,
        hint: i % 3 ? undefined : 'A one-line description under the label',
      })),
    })),
  },
};

const common = commonStories<ChecklistArgs>(checklist, {
  dark: { 'allow-other': true },
  forced: { 'allow-other': true },
  rtl: {
    'allow-other': true,
    heading: rtlSample.heading,
    groups: [
      {
        id: 'rtl',
        legend: rtlSample.short,
        items: rtlSample.items.map((label, i) => ({ id: `rtl-${i}`, label, hint: i ? undefined : rtlSample.short })),
      },
    ],
  },
  language: {},
});

/** `theme="dark"`, with the toolbar's theme set to dark so the page around it matches. */
export const Dark: Story = common.Dark;

/** Forced colors (Windows High Contrast): native checkboxes, system colours, visible focus. */
export const ForcedColors: Story = { ...common.ForcedColors, tags: ['forced-colors'] };

/** Right to left: the layout mirrors. */
export const RightToLeft: Story = common.RightToLeft;

/** The five shipped languages, set with the `locale` attribute. */
export const EveryLanguage: Story = common.EveryLanguage;

const ticked = (ids: string[]) => async (el?: Element) => {
  if (!el) return;
  await customElements.whenDefined('ser-emotion-checklist');
  (el as HTMLElement & { value: string[] }).value = ids;
};

const longGroups: Group[] = [
  {
    id: 'long',
    legend: 'A long group title that wraps onto two lines on a phone, to check spacing',
    items: [
      {
        id: 'long-1',
        label: 'A long label beside its box: the box stays on the first line and the text wraps under itself',
        hint: 'And a hint that wraps too',
      },
    ],
  },
];

/** Every state side by side: unticked, ticked, keyboard focus, hover, disabled, required, plain and long text. */
export const AllStates: Story = {
  tags: ['repeats-widget'],
  render: (a) => html`<div class="ser-states">
    <div><p class="ser-caption">Nothing ticked</p>${checklist(a)}</div>
    <div>
      <p class="ser-caption">Ticked, with "Something else"</p>
      <ser-emotion-checklist theme=${opt(a.theme)} allow-other ${ref(ticked(['fear', 'relief', 'lightness']))}></ser-emotion-checklist>
    </div>
    <div>
      <p class="ser-caption">Keyboard focus</p>
      <ser-emotion-checklist theme=${opt(a.theme)} ${ref(forceState('input', 'focus-visible'))}></ser-emotion-checklist>
    </div>
    <div>
      <p class="ser-caption">Hover</p>
      <ser-emotion-checklist theme=${opt(a.theme)} ${ref(forceState('.btn', 'hover'))}></ser-emotion-checklist>
    </div>
    <div><p class="ser-caption">Disabled</p>${checklist({ ...a, disabled: true })}</div>
    <div><p class="ser-caption">Required (invalid until ticked)</p>${checklist({ ...a, required: true, name: 'felt' })}</div>
    <div>
      <p class="ser-caption">Plain (no frame)</p>
      <ser-emotion-checklist variant="plain" theme=${opt(a.theme)}></ser-emotion-checklist>
    </div>
    <div><p class="ser-caption">Long text</p>${checklist({ ...a, groups: longGroups })}</div>
  </div>`,
};

/**
 * Bad input: markup in labels shows as text, an item without a label and a group without items are skipped,
 * repeated ids are numbered, and a `javascript:` support link is dropped. Each problem is logged once.
 */
export const BadInput: Story = {
  args: {
    heading: '<script>alert(1)</script>',
    'heading-level': '0',
    'support-url': 'javascript:alert(1)',
    groups: [
      {
        id: 'g',
        legend: '<i>Legend</i> with markup',
        items: [
          { id: 'x', label: '<img src=x onerror=alert(1)>' },
          { id: 'x', label: 'Same id as the one above' },
          { id: 'empty', label: '' },
        ],
      },
      { id: 'none', legend: 'A group without items', items: [] },
    ] as Group[],
  },
  argTypes: { 'heading-level': { control: 'text' } },
};
