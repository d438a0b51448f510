import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { forcedColorsHowTo, languages, storyDocs } from './helpers.js';

/**
 * The stories every widget has: dark, forced colors, right to left (with right-to-left sample text the story
 * provides) and the five shipped languages. `widget` renders one widget from args.
 */
export function commonStories<A>(
  widget: (a: Partial<A>) => TemplateResult,
  o: { dark: Partial<A>; forced: Partial<A>; rtl: Partial<A>; language: Partial<A> },
) {
  const Dark: StoryObj<A> = { args: { ...o.dark, theme: 'dark' } as Partial<A>, globals: { theme: 'dark' } };
  // Each stories file adds `tags: ['forced-colors']` itself: Storybook reads tags from the file, not from here.
  const ForcedColors: StoryObj<A> = { args: o.forced, parameters: storyDocs(forcedColorsHowTo) };
  const RightToLeft: StoryObj<A> = {
    args: o.rtl,
    globals: { dir: 'rtl' },
    parameters: storyDocs(
      'Right to left, with Hebrew placeholder text written for this story (not a shipped translation), ' +
        'so punctuation, numbers and lists sit where a right-to-left reader expects them.',
    ),
  };
  const EveryLanguage: StoryObj<A> = {
    render: (a) => html`<div class="ser-grid">
      ${languages.map(
        ([code, name]) =>
          html`<div>
            <p class="ser-caption">${name} (locale="${code}")</p>
            ${widget({ ...a, ...o.language, locale: code } as Partial<A>)}
          </div>`,
      )}
    </div>`,
  };
  return { Dark, ForcedColors, RightToLeft, EveryLanguage };
}

/** Hebrew placeholder copy for the right-to-left stories: sample text only, never shipped. */
export const rtlSample = {
  heading: 'כותרת לדוגמה: מה זה שחרור רגשי-סומטי?',
  paragraph: 'זהו טקסט לדוגמה בלבד, כדי לבדוק פריסה מימין לשמאל: סימני פיסוק, מספרים (60 דקות) ורשימות.',
  short: 'עוד פסקה קצרה, עם שאלה בסוף?',
  items: ['פריט ראשון', 'פריט שני, ארוך יותר, שנשבר לשתי שורות בטלפון צר', 'פריט שלישי (עם סוגריים)'],
};

/**
 * Shows a pseudo-class state without a pointer or keyboard: the widget's own rules for `:focus-visible` or
 * `:hover` are copied with the state swapped for an attribute, and that attribute is set on the part.
 */
export const forceState = (selector: string, state: 'focus-visible' | 'hover') => async (host?: Element) => {
  if (!host || !('updateComplete' in host)) return;
  await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const root = host.shadowRoot!;
  const rules = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
  const pseudo = new RegExp(`:${state}\\b`, 'g');
  const copied = rules.filter((r) => r.includes(`:${state}`)).map((r) => r.replace(pseudo, `[data-state-${state}]`));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(copied.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.querySelector(selector)?.setAttribute(`data-state-${state}`, '');
};
