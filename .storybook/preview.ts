import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';
import { publicManifest } from '../stories/support/manifest.js';
import { languages } from '../stories/support/helpers.js';
import { pasteReady } from '../stories/support/source.js';
import '../stories/support/stories.css';

// Autodocs read the analyzer's manifest (`npm run analyze`), with internals filtered out.
setCustomElementsManifest(publicManifest(manifest));

/** Every story sits in a provider set from the toolbar; a story's own attributes still win. */
const withProvider: Decorator = (story, { globals, viewMode }) =>
  html`<ser-provider theme=${globals.theme} locale=${globals.locale}>
    <div class="ser-canvas ${viewMode == 'story' ? 'story' : ''}" data-theme=${globals.theme} dir=${globals.dir}>
      ${story()}
    </div>
  </ser-provider>`;

/**
 * Parts, CSS custom properties and events are documented, not set from a control; so are JS-only
 * properties, unless a story wires one (by giving it a control in its argTypes, as `sections` and `groups`).
 */
const listedOnly = new Set(['css shadow parts', 'css custom properties', 'events']);
const noControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([k, t]) => {
      const category = t.table?.category ?? '';
      const off = listedOnly.has(category) || (category == 'properties' && t.control === undefined);
      return [k, off ? { ...t, control: false } : t];
    }),
  );

/** A toolbar menu that sets one global: its choices as `[value, title]`. */
const toolbar = (
  description: string,
  title: string,
  icon: string,
  choices: readonly (readonly [string, string])[],
) => ({
  description,
  toolbar: { title, icon, dynamicTitle: true, items: choices.map(([value, title]) => ({ value, title })) },
});

const preview: Preview = {
  argTypesEnhancers: [noControls],
  globalTypes: {
    theme: toolbar('Theme of every widget (through <ser-provider theme>)', 'Theme', 'contrast', [
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['auto', 'Auto (follows the system)'],
    ]),
    locale: toolbar('Language of every widget (through <ser-provider locale>)', 'Language', 'globe', languages),
    dir: toolbar('Text direction of the page around the widgets', 'Direction', 'transfer', [
      ['ltr', 'Left to right'],
      ['rtl', 'Right to left'],
    ]),
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  decorators: [withProvider],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    // Same scope and rules as test/support/storybook.mjs, so the panel and the smoke test agree.
    a11y: { context: '#storybook-root', test: 'error' },
    // "Show code": the story's own markup, without the toolbar's provider or the story's layout and captions.
    docs: { toc: true, source: { excludeDecorators: true, transform: pasteReady } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Widgets',
          ['Explainer card', 'What to expect', 'Emotion checklist', 'Provider'],
          'Design',
          'Pages',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
