// The three blocks in the editor: the widget's options in the sidebar and the real widget as the preview.
// The front end is rendered by PHP (dynamic blocks), so `save` stores nothing but the attributes.
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType } from '@wordpress/blocks';
import { PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { createElement as h } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

type Attributes = Record<string, string | boolean | undefined>;
interface EditProps {
  attributes: Attributes;
  setAttributes: (next: Attributes) => void;
}

/** One sidebar control: the attribute it edits, its label and help line, and its choices for a select. */
interface Field {
  key: string;
  kind: 'text' | 'toggle' | 'select';
  label: string;
  help?: string;
  choices?: { value: string; label: string }[];
}

declare global {
  interface Window {
    /** The provider attributes from Settings → SER Widgets, printed by PHP before this script. */
    serWidgetsEditor?: { provider?: Record<string, string> };
  }
}

const levels = () => [
  { value: '', label: __('As in Settings → SER Widgets', 'ser-widgets') },
  ...['2', '3', '4', '5', '6'].map((n) => ({ value: n, label: n })),
];

const fields = (): Record<string, Field[]> => ({
  'explainer-card': [
    {
      key: 'heading',
      kind: 'text',
      label: __('Heading', 'ser-widgets'),
      help: __('Empty: the standard heading.', 'ser-widgets'),
    },
    { key: 'headingLevel', kind: 'select', label: __('Heading level', 'ser-widgets'), choices: levels() },
    {
      key: 'variant',
      kind: 'select',
      label: __('Size', 'ser-widgets'),
      choices: [
        { value: 'full', label: __('Full', 'ser-widgets') },
        { value: 'compact', label: __('Compact, for sidebars and footers', 'ser-widgets') },
      ],
    },
    { key: 'open', kind: 'toggle', label: __('Show "Learn more" open', 'ser-widgets') },
    {
      key: 'ctaHref',
      kind: 'text',
      label: __('Booking link', 'ser-widgets'),
      help: __('Empty: the booking link in Settings → SER Widgets.', 'ser-widgets'),
    },
    {
      key: 'ctaLabel',
      kind: 'text',
      label: __('Button text', 'ser-widgets'),
      help: __('Empty: "Book a session".', 'ser-widgets'),
    },
    {
      key: 'noDisclaimer',
      kind: 'toggle',
      label: __('Hide the care disclaimer', 'ser-widgets'),
      help: __('Only if this page says the same close by.', 'ser-widgets'),
    },
  ],
  'what-to-expect': [
    { key: 'headingLevel', kind: 'select', label: __('Level of the section titles', 'ser-widgets'), choices: levels() },
    {
      key: 'open',
      kind: 'text',
      label: __('Sections open at first', 'ser-widgets'),
      help: __('Any of before, during, after, control, separated by spaces, or all.', 'ser-widgets'),
    },
    {
      key: 'openMode',
      kind: 'select',
      label: __('Opening a section', 'ser-widgets'),
      choices: [
        { value: 'multiple', label: __('Keeps the others open', 'ser-widgets') },
        { value: 'single', label: __('Closes the others', 'ser-widgets') },
      ],
    },
    {
      key: 'remember',
      kind: 'toggle',
      label: __('Remember open sections while the visitor stays in the tab', 'ser-widgets'),
    },
  ],
  'emotion-checklist': [
    {
      key: 'heading',
      kind: 'text',
      label: __('Heading', 'ser-widgets'),
      help: __('Empty: the standard heading.', 'ser-widgets'),
    },
    { key: 'headingLevel', kind: 'select', label: __('Heading level', 'ser-widgets'), choices: levels() },
    { key: 'allowOther', kind: 'toggle', label: __('Add a "Something else" box', 'ser-widgets') },
    {
      key: 'supportUrl',
      kind: 'text',
      label: __('Support link', 'ser-widgets'),
      help: __('Empty: the support link in Settings → SER Widgets.', 'ser-widgets'),
    },
    {
      key: 'persist',
      kind: 'toggle',
      label: __("Remember answers in the visitor's browser", 'ser-widgets'),
      help: __('Adds a "Forget my answers" button. Off: nothing is stored.', 'ser-widgets'),
    },
  ],
});

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Block attributes as the widget's attributes: empty and false ones are left out, as on the front end. */
const widgetProps = (attributes: Attributes) => {
  const props: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) props[kebab(name)] = true;
    else if (typeof value == 'string' && value.trim()) props[kebab(name)] = value;
  }
  return props;
};

/** The site's provider attributes; the accent colour becomes a style object, as React wants. */
const providerProps = (): Record<string, unknown> => {
  const { style, ...rest } = window.serWidgetsEditor?.provider ?? {};
  const accent = /^--ser-accent:(#[0-9a-fA-F]{3,6})$/.exec(style ?? '');
  return accent ? { ...rest, style: { '--ser-accent': accent[1] } } : rest;
};

const control = (field: Field, { attributes, setAttributes }: EditProps) => {
  const value = attributes[field.key];
  const common = { key: field.key, label: field.label, help: field.help, __nextHasNoMarginBottom: true };
  if (field.kind == 'toggle')
    return h(ToggleControl, {
      ...common,
      checked: value === true,
      onChange: (on: boolean) => setAttributes({ [field.key]: on }),
    });
  const onChange = (next: string) => setAttributes({ [field.key]: next });
  if (field.kind == 'select')
    return h(SelectControl, { ...common, value: String(value ?? ''), options: field.choices ?? [], onChange });
  return h(TextControl, { ...common, value: String(value ?? ''), onChange, __next40pxDefaultSize: true });
};

const register = registerBlockType as unknown as (
  name: string,
  settings: { edit: (props: EditProps) => unknown; save: () => null },
) => unknown;

for (const [widget, list] of Object.entries(fields())) {
  register(`ser-widgets/${widget}`, {
    edit(props) {
      const blockProps = useBlockProps();
      return h(
        'div',
        blockProps,
        h(
          InspectorControls,
          null,
          h(PanelBody, { title: __('Options', 'ser-widgets') }, ...list.map((f) => control(f, props))),
        ),
        h('ser-provider', providerProps(), h(`ser-${widget}`, widgetProps(props.attributes))),
      );
    },
    save: () => null,
  });
}
