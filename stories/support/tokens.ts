import type { CSSResultOrNative } from 'lit';
import { base } from '../../src/styles/base.js';
import { styles as card } from '../../src/components/explainer-card/explainer-card.styles.js';
import { styles as wte } from '../../src/components/what-to-expect/what-to-expect.styles.js';
import { styles as checklist } from '../../src/components/emotion-checklist/emotion-checklist.styles.js';

export interface Token {
  name: string;
  /** The built-in value, as written in the styles (`light-dark(light, dark)` for colours). */
  fallback: string;
  color: boolean;
}

const what: Record<string, string> = {
  '--ser-accent': 'Buttons, links, section titles and highlights.',
  '--ser-on-accent': 'Text on accent-coloured buttons.',
  '--ser-surface': 'Background of every widget.',
  '--ser-text': 'Body text.',
  '--ser-muted': 'Secondary text: hints, notes.',
  '--ser-border': 'Borders and dividing lines.',
  '--ser-soft': 'Soft backgrounds: notes, hover states.',
  '--ser-focus': 'The focus ring keyboard users follow.',
  '--ser-radius': 'Corner rounding of the frame and every control: buttons, checkboxes, the text box.',
  '--ser-border-width': 'Width of the frame around each widget (variant="plain" removes the frame).',
  '--ser-space': 'Inner spacing of each widget.',
  '--ser-font': 'Font family (inherits the page font by default).',
};

/** What a token changes, for its control's description. */
export const describe = (t: Token): string => `${what[t.name] ?? 'Used by the widgets.'} Default: \`${t.fallback}\`.`;

const text = (s: CSSResultOrNative): string =>
  'cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n');

/**
 * Every `--ser-*` token the widgets read, with its fallback, straight from their styles:
 * a token added to base.ts or a widget's styles shows up in the Theming story without editing it.
 */
export const tokens = (): Token[] => {
  const found = new Map<string, Token>();
  for (const sheet of [base, card, wte, checklist]) {
    for (const m of text(sheet).matchAll(
      /var\((--ser-[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*))?\)/g,
    )) {
      if (found.has(m[1])) continue;
      const fallback = (m[2] ?? '').trim();
      found.set(m[1], { name: m[1], fallback, color: /#|rgb|hsl|light-dark|color/.test(fallback) });
    }
  }
  return [...found.values()];
};
