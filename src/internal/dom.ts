/** A new element with its properties set: plain DOM for parts of a widget that Lit need not track. */
export const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Partial<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), props);
