// Copy the practitioner wrote as plain HTML inside a widget, readable before (or without) the script:
// `<details>` sections for the accordion, `<fieldset>` groups for the checklist.
import { warn } from '../internal/warn.js';
import { slug, toGroups, uniqueIds } from './content.js';
import type { Group, Section } from './types.js';

/** A section read from a `<details>` child: its content stays the page's own nodes, moved into `box` and slotted in. */
export type PageSection = Section & { box?: HTMLElement; open?: boolean };

/** Text as a reader sees it: runs of white space as one space, none at the ends. */
const fold = (s?: string | null) => s?.replace(/\s+/g, ' ').trim();

/**
 * Reads `host`'s `<details>` children into sections. Each one's content (all but its `<summary>`) moves, as live
 * nodes, into a box placed after it (the same box every time: `boxes`) and assigned to the slot named by the
 * section's id; a section without a title or content is skipped with a warning.
 */
export const readDetails = (host: Element, boxes: WeakMap<Element, HTMLElement>): PageSection[] => {
  const out: PageSection[] = [];
  for (const d of [...host.children]) {
    if (d.localName != 'details') continue;
    const summary = d.querySelector(':scope>summary');
    const title = fold(summary?.textContent);
    if (!title) {
      warn(host, '<details>', 'a section without a <summary>');
      continue;
    }
    let box = boxes.get(d);
    if (!box) {
      boxes.set(d, (box = document.createElement('div')));
      d.after(box);
    }
    box.append(...[...d.childNodes].filter((n) => n != summary));
    if (box.children.length || box.textContent!.trim())
      out.push({
        id: slug(d.id.replace(/^ser-/, '') || title),
        title,
        body: [],
        box,
        open: (d as HTMLDetailsElement).open,
      });
    else warn(host, `<details> "${title}"`, 'a section without content');
  }
  const sections = uniqueIds(host, '<details>', out);
  for (const s of sections) s.box!.slot = s.id;
  return sections;
};

/**
 * Reads `host`'s `<fieldset name="id"><legend>…</legend><label><input value="id"> Label <small>hint</small></label>…`
 * children into groups, checked as the `groups` property is; undefined without any. They stay in the page, unrendered.
 */
export const readFieldsets = (host: Element): Group[] | undefined => {
  const sets = [...host.querySelectorAll(':scope > fieldset')];
  if (!sets.length) return;
  return toGroups(
    host,
    'fieldset',
    sets.map((f) => ({
      id: f.getAttribute('name'),
      legend: fold(f.querySelector('legend')?.textContent),
      items: [...f.querySelectorAll('label')].map((l) => {
        const h = l.querySelector('small');
        return {
          id: l.querySelector('input')?.getAttribute('value'),
          label: fold([...l.childNodes].map((c) => (c == h ? '' : c.textContent)).join('')),
          hint: fold(h?.textContent),
        };
      }),
    })),
  );
};
