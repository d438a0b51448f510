/** Registers a tag once: a second copy of the library on the page leaves the first one's elements alone. */
export const define = (tag: string, ctor: CustomElementConstructor): void => {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
};
