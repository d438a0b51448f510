/** Filled lines, shared: a hundred widgets showing the same line hold one string, not a hundred (bounded). */
const filled = new Map<string, string>();

/** Fills `{name}`-style slots; a slot that starts the text or a sentence gets a capital first letter. */
export const fmt = (template: string, vars: Record<string, string>): string => {
  const key = template + JSON.stringify(vars);
  let line = filled.get(key);
  if (line == null) {
    if (filled.size > 999) filled.clear();
    line = template.replace(/([.!?]\s+)?\{(\w+)\}/g, (m, stop: string | undefined, k: string, at: number) => {
      // Own values only: `{constructor}` or `{toString}` stays as written instead of printing a function.
      const v = Object.hasOwn(vars, k) ? vars[k] : null;
      if (v == null) return m;
      return stop || !at ? (stop ?? '') + v.charAt(0).toUpperCase() + v.slice(1) : v;
    });
    filled.set(key, line);
  }
  return line;
};
