/** Fills `{name}`-style slots; a slot that starts the text or a sentence gets a capital first letter. */
export const fmt = (template: string, vars: Record<string, string>): string =>
  template.replace(/([.!?]\s+)?\{(\w+)\}/g, (m, stop: string | undefined, k: string, at: number) => {
    // Own values only: `{constructor}` or `{toString}` stays as written instead of printing a function.
    const v = Object.hasOwn(vars, k) ? vars[k] : null;
    if (v == null) return m;
    return stop || !at ? (stop ?? '') + v.charAt(0).toUpperCase() + v.slice(1) : v;
  });

/** "fear, sadness and relief" in the reader's language. */
export const list = (lang: string, items: string[]): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

const warmed = new Set<string>();

/** Makes a language's first list formatter at idle, once per page: the first one loads the browser's list data (about 80 ms on a slow phone). */
export const warmList = (lang: string): void => {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  // Holds the language only, never a widget: a thousand checklists made and dropped keep nothing alive.
  (window.requestIdleCallback || setTimeout)(() => list(lang, []), { timeout: 2e3 } as never);
};
