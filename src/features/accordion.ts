// The accordion's optional parts, loaded on first use: sections written as <details>, and remembered open sections.
// Self-contained: what it needs comes in as arguments (helpers it imports are bundled into this file).
import { slug, uniqueIds } from '../config/parse.js';
import type { Section } from '../i18n/types.js';
import { store } from '../internal/storage.js';
import { warn } from '../internal/warn.js';

/** A section read from a `<details>` child: its content stays the page's own nodes, slotted in. */
export type Part = Section & { box?: HTMLElement; open?: boolean };

const session = store('sessionStorage');

/** The open sections saved under `key` in this tab, or null. */
export const recall = (key: string): string | null => session.get(key);

/** Saves the open sections under `key` for this tab. */
export const remember = (key: string, ids: string[]): void => session.set(key, ids.join(' '));

/** Reads `<details>` children into sections; their content moves, as live nodes, into a slotted box (one per `<details>`, kept in `boxes`). */
export const readDetails = (el: Element, boxes: WeakMap<Element, HTMLElement>): Part[] => {
  const out: Part[] = [];
  for (const d of [...el.children]) {
    if (d.localName != 'details') continue;
    const summary = d.querySelector(':scope>summary');
    const title = summary?.textContent!.replace(/\s+/g, ' ').trim();
    if (!title) {
      warn(el, '<details>', 'a section without a <summary>');
      continue;
    }
    let box = boxes.get(d);
    if (!box) {
      boxes.set(d, (box = document.createElement('div')));
      d.after(box);
    }
    box.append(...[...d.childNodes].filter((n) => n != summary));
    if (box.children.length || box.textContent!.trim())
      out.push({ id: slug(d.id.replace(/^ser-/, '') || title), title, body: [], box, open: (d as HTMLDetailsElement).open });
    else warn(el, `<details> "${title}"`, 'a section without content');
  }
  const parts = uniqueIds(el, '<details>', out);
  for (const s of parts) s.box!.slot = s.id;
  return parts;
};
