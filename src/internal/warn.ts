const said = new Set<string>();

/** Reports bad practitioner input once per element name, attribute and value (never without an element); the caller falls back to its default. */
export const warn = (el: Element | null, attr: string, value: unknown): undefined => {
  if (!el) return;
  // Objects are named by type: a prototype-less one cannot even be turned into a string.
  const shown = String(typeof value == 'object' ? typeof value : value).slice(0, 40);
  const key = `${el.localName}|${attr}|${shown}`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`<${el.localName}> ${attr}: "${shown}" is not valid; using the default.`);
};
