/** Fills `{name}`-style slots; a message that starts with a slot gets a capital first letter. */
export const fmt = (template: string, vars: Record<string, string>): string => {
  const s = template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return template[0] == '{' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
};

/** "fear, sadness and relief" in the reader's language. */
export const list = (lang: string, items: string[]): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
