import { ContextRoot } from '@lit/context';

declare const __DROPIN__: boolean;
const root = Symbol.for('ser-widgets:context-root');

/** Registers a tag once: a second copy of the library on the page leaves the first one's elements alone. */
export const define = (tag: string, ctor: CustomElementConstructor): void => {
  // ESM users may import a widget before the provider: a ContextRoot hands it the provider once that arrives.
  // The drop-in defines the provider first, so its build (where __DROPIN__ is true) drops this (~280 B gzip).
  const doc = document as Document & { [root]?: ContextRoot };
  if (!(typeof __DROPIN__ != 'undefined' && __DROPIN__) && !doc[root]) {
    doc[root] = new ContextRoot();
    doc[root].attach(document.documentElement);
  }
  const defineOnce = () => customElements.get(tag) || customElements.define(tag, ctor);
  // The drop-in defines each tag in a task of its own: evaluating the script and upgrading the page's elements are not one long task.
  if (typeof __DROPIN__ != 'undefined' && __DROPIN__) setTimeout(defineOnce);
  else defineOnce();
};
