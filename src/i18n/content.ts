// Parsers for copy given as data (JSON, properties, a language pack or the page's own HTML): only the expected
// shapes pass, each malformed entry is skipped with one warning, and ids are made from titles.
import { warn } from '../internal/warn.js';
import { en } from './en.js';
import type { Group, Item, Messages, Section } from './types.js';

type Obj = Record<string, unknown>;
/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
/** A string with something in it. */
export const str = (v: unknown): string | undefined => (typeof v == 'string' && v.trim() ? v : undefined);
const strs = (v: unknown): string[] | undefined => {
  const a = (Array.isArray(v) ? v : [v]).filter((s): s is string => !!str(s));
  return a.length ? a : undefined;
};

/** A stable, URL-safe id from a title ("Before you come" → "before-you-come"). */
export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 's';

/** Keeps ids unique within one list by numbering repeats, with one warning per repeat. */
export const uniqueIds = <T extends { id: string }>(el: Element | null, attr: string, list: T[]): T[] => {
  // Each id taken, with the number its next repeat tries first: 20,000 repeats cost linear time, not quadratic.
  const taken = new Map<string, number>();
  return list.map((x) => {
    let id = x.id;
    let n = taken.get(id);
    if (n) {
      warn(el, `${attr} id`, id);
      while (taken.has((id = `${x.id}-${n++}`)));
      taken.set(x.id, n);
    }
    taken.set(id, 2);
    return { ...x, id };
  });
};

/** Accepts only well-formed entries; each malformed one is skipped with one warning naming the attribute. */
const listOf = <T extends { id: string }>(
  el: Element | null,
  attr: string,
  raw: unknown,
  one: (o: Obj) => T | undefined,
): T[] | undefined => {
  if (!Array.isArray(raw)) {
    warn(el, attr, typeof raw);
    return;
  }
  const out: T[] = [];
  raw.forEach((o, i) => {
    const x = isObj(o) ? one(o) : undefined;
    if (x) out.push(x);
    else warn(el, `${attr}[${i}]`, 'an entry without a title or label');
  });
  return out.length ? uniqueIds(el, attr, out) : undefined;
};

export const toSections = (el: Element | null, attr: string, raw: unknown): Section[] | undefined =>
  listOf(el, attr, raw, (o) => {
    const title = str(o.title);
    const body = strs(o.body) ?? [];
    const list = strs(o.list);
    if (!title || !(body.length || list)) return;
    return { id: slug(str(o.id) ?? title), title, body, ...(list && { list }) };
  });

const toItems = (el: Element | null, attr: string, raw: unknown): Item[] | undefined =>
  listOf(el, attr, raw, (o) => {
    const label = str(o.label);
    if (!label) return;
    const hint = str(o.hint);
    return { id: slug(str(o.id) ?? label), label, ...(hint && { hint }) };
  });

export const toGroups = (el: Element | null, attr: string, raw: unknown): Group[] | undefined =>
  listOf(el, attr, raw, (o) => {
    const legend = str(o.legend);
    const items = legend && toItems(el, `${attr}.items`, o.items);
    return items ? { id: slug(str(o.id) ?? legend), legend, items } : undefined;
  });

/** Copies only known message keys with the right shape: `__proto__`, `constructor` and typos are dropped with a warning (none without `el`). */
export const toMessages = (el: Element | null, attr: string, raw: unknown): Partial<Messages> => {
  const out: Record<string, unknown> = {};
  if (!isObj(raw)) {
    if (raw !== undefined) warn(el, attr, typeof raw);
    return out;
  }
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    const key = `${attr}.${k}`;
    // A known key keeps the shape English gives it: sections, groups, a list of strings, or a string.
    let x: unknown;
    if (!Object.hasOwn(en, k)) warn(el, key, 'an unknown key');
    else {
      if (k == 'sections') x = toSections(el, key, v);
      else if (k == 'groups') x = toGroups(el, key, v);
      else if (Array.isArray(en[k as keyof Messages])) x = strs(v);
      else if (typeof v == 'string') x = v;
      if (x === undefined) warn(el, key, typeof v);
      else out[k] = x;
    }
  }
  return out as Partial<Messages>;
};
