import { make } from '../../internal/dom.js';

// Where `hidden="until-found"` is unknown it would hide nothing under our display override: use plain `hidden` there.
const closed = 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '';

/** What one section shows now. */
export interface SectionView {
  id: string;
  /** The title, filled in (text only). */
  title: string;
  open: boolean;
  /** Level of its heading, 2 to 6. */
  level: number;
  /** Its content: a `<div class="body">`, kept by the widget while that content is the same. */
  body: HTMLElement;
}

const part = (el: Element, name: string, attrs: Record<string, string> = {}) => {
  el.setAttribute('part', name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

/** Writes an attribute only when it changes (`null`: removed): each render redraws every section, most unchanged. */
const write = (el: Element, name: string, value: string | null) => {
  if (el.getAttribute(name) == value) return;
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
};

/** A section's heading at its level, holding its button. */
const headingOf = ({ id, level }: SectionView, button: Node) => {
  const heading = part(document.createElement(`h${level}`), 'heading', { id: `h-${id}` });
  heading.append(button);
  return heading;
};

/**
 * One accordion section as plain elements, made once and then updated in place (Lit holds one node for all
 * sections: far less memory per widget): a heading (`h-…`) holding a button (`b-…`, `aria-expanded`), then a
 * region (`p-…`) named by the button. `listen` hears the button's clicks and the browser's find in the closed panel.
 * Only what changed is written, so a focused button keeps focus and a screen reader hears nothing new.
 */
export const drawSection = (section: Element | undefined, view: SectionView, listen: (e: Event) => void): Element => {
  const { id } = view;
  if (!section) {
    const button = part(make('button', { id: `b-${id}` }), 'button', { 'aria-controls': `p-${id}` });
    const panel = part(make('div', { id: `p-${id}` }), 'panel', { role: 'region', 'aria-labelledby': button.id });
    button.addEventListener('click', listen);
    panel.addEventListener('beforematch', listen);
    section = make('div', { className: 'section' });
    section.append(headingOf(view, button), panel);
  }
  const [heading, panel] = section.children;
  const button = heading.firstChild as Element;
  // Another heading level is another element: the button moves into it.
  if (heading.localName != `h${view.level}`) heading.replaceWith(headingOf(view, button));
  write(button, 'aria-expanded', String(view.open));
  if (button.textContent != view.title) button.textContent = view.title;
  write(panel, 'hidden', view.open ? null : closed);
  if (panel.firstChild != view.body) panel.replaceChildren(view.body);
  return section;
};
