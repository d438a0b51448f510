import { nothing } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import { locales } from '../../src/i18n/locale.js';

type InputType = NonNullable<ArgTypes[string]>;

/** An attribute binding that leaves the attribute out when the control is empty. */
export const opt = (value?: string | number): string | typeof nothing =>
  value === undefined || value === '' ? nothing : String(value);

const select = (options: string[], empty: string): InputType => ({
  control: { type: 'select', labels: { '': empty } },
  options: ['', ...options],
});

/** Controls shared by every widget: the attributes it inherits from the base element. */
export const sharedArgTypes: Record<string, InputType> = {
  theme: select(['light', 'dark', 'auto'], '(from the provider / toolbar)'),
  locale: select([...locales, 'pt-BR', 'es-MX'], '(from the provider / toolbar)'),
  'heading-level': select(['2', '3', '4', '5', '6'], '(default)'),
};

/** A select control with a "not set" choice. */
export const choice = select;

/** A multi-line text control, for copy. */
export const text: InputType = { control: { type: 'text' } };

/** Splits a control's text into paragraphs at blank lines. */
export const paragraphs = (value = ''): string[] =>
  value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A language's name in itself, capitalised as at the start of a menu item ("Español"). */
const nativeName = (code: string): string => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** The languages the library ships (`locales` in src/i18n/locale.ts), each with its own name for it. */
export const languages = locales.map((code) => [code, nativeName(code)] as const);

/** Docs text shared by the forced-colors stories (tagged `forced-colors`: the smoke test emulates the mode for them). */
export const forcedColorsHowTo =
  'Storybook cannot switch on forced colors from inside a story. To see it: open Chrome DevTools, ' +
  'press Ctrl/Cmd+Shift+P, run "Show Rendering", and set "Emulate CSS media feature forced-colors" to "active". ' +
  'On Windows you can also turn on a Contrast theme. The smoke test (test/support/storybook.mjs) emulates it for this story.';

/** A component's text on its Docs page, as `parameters`. */
export const componentDocs = (component: string) => ({ docs: { description: { component } } });

/** A story's text on the Docs page, as `parameters`. */
export const storyDocs = (story: string) => ({ docs: { description: { story } } });
