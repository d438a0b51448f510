import type { Messages } from '../../i18n/types.js';

/** The texts the printed note needs, looked up in the widget's copy (`{name}` filled in). */
type Text = (key: keyof Messages & ('clPrintTitle' | 'clPrintFor' | 'clOther' | 'clPrintNotes')) => string;

// The notes box is a border, not a background: browsers leave backgrounds off paper.
const sheet = 'body{font:12pt/1.5 sans-serif;white-space:pre-line}div{height:10cm;border:1px solid}';

/**
 * Prints the reader's note from a hidden same-origin frame inside `root` (one at a time): the title, the date,
 * a line naming the practitioner, each group's legend over what was ticked in it (one per line), the free text under
 * its label, then an empty box under a heading for the reader's own notes. The host page and its styles stay untouched;
 * text goes in as text, never markup; a constructed sheet, not a <style>, passes a strict style-src CSP.
 */
export function printNote(
  root: ParentNode,
  lang: string,
  t: Text,
  groups: [legend: string, ticked: string[]][],
  other: string,
): void {
  root.querySelector('iframe')?.remove();
  const frame = root.appendChild(document.createElement('iframe'));
  const w = frame.contentWindow as Window & typeof globalThis;
  const d = w.document;
  const add = (tag: string, text = '') => (d.body.appendChild(d.createElement(tag)).textContent = text);
  d.documentElement.lang = lang;
  add('h1', (frame.title = d.title = t('clPrintTitle')));
  add('p', new Date().toLocaleDateString(lang, { dateStyle: 'long' }));
  add('p', t('clPrintFor'));
  // Only groups with something ticked: a legend with nothing under it would read as a question left blank.
  for (const [legend, ticked] of groups)
    if (ticked[0]) {
      add('h2', legend);
      add('p', ticked.join('\n'));
    }
  if (other) {
    add('h2', t('clOther'));
    add('p', other);
  }
  add('h2', t('clPrintNotes'));
  add('div');
  const css = new w.CSSStyleSheet();
  css.replaceSync(sheet);
  d.adoptedStyleSheets = [css];
  // Later, so the frame has laid out (and tests can stub print).
  setTimeout(() => w.print());
}
