// The checklist's optional parts, loaded on first use: print, copy, remembered answers, groups written in HTML.
// Self-contained: what it needs comes in as arguments (helpers it imports are bundled into this file).
import { toGroups } from '../config/parse.js';
import type { Group } from '../i18n/types.js';
import { store } from '../internal/storage.js';

const fold = (s?: string | null) => s?.replace(/\s+/g, ' ').trim();
const local = store('localStorage');

/** Prints a plain page from a hidden same-origin frame (replacing `old`): the host page and its styles stay untouched. */
export const print = (
  root: Element | DocumentFragment,
  old: HTMLIFrameElement | undefined,
  lang: string,
  title: string,
  text: string,
): HTMLIFrameElement => {
  old?.remove();
  const f = document.createElement('iframe');
  f.className = 'pf';
  f.title = title;
  root.append(f);
  const w = f.contentWindow as Window & typeof globalThis;
  const d = w.document;
  const el = (tag: string, text: string) => {
    const e = d.createElement(tag);
    e.textContent = text;
    return e;
  };
  d.documentElement.lang = lang;
  d.title = title;
  d.body.append(el('h1', title), el('p', new Date().toLocaleDateString(lang, { dateStyle: 'long' })), el('p', text));
  // A constructed sheet, not a <style>: it passes a strict style-src CSP.
  const css = new w.CSSStyleSheet();
  css.replaceSync('@page{margin:2cm}body{font:12pt/1.5 sans-serif;white-space:pre-line}');
  d.adoptedStyleSheets = [css];
  // Later, so the frame has laid out (and tests can stub print).
  setTimeout(() => w.print());
  return f;
};

/** Puts text on the clipboard; without one (insecure page, denied) selects `shown` for copying by hand. */
export const copy = async (text: string, shown: Node): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    getSelection()?.selectAllChildren(shown);
    return false;
  }
};

/** Saved answers under `key`, or undefined when nothing (or nothing of ours) is there. */
export const restore = (key: string): { s: unknown[]; o: unknown } | undefined => {
  try {
    const v = JSON.parse(local.get(key)!);
    return { s: Array.isArray(v.s) ? v.s : [], o: v.o };
  } catch {
    return; // not ours: start empty
  }
};

/** Saves answers under `key`; nothing to save erases the key. */
export const save = (key: string, s: string[], o: string): void => {
  if (s.length || o) local.set(key, JSON.stringify({ s, o }));
  else local.remove(key);
};

/** Reads practitioner `<fieldset>` groups from the light DOM (they stay there, unrendered, for no-script readers). */
export const readGroups = (el: Element): Group[] | undefined => {
  const sets = [...el.querySelectorAll(':scope > fieldset')];
  return sets.length
    ? toGroups(
        el,
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
        'fieldset',
      )
    : undefined;
};
