/** `<ser-what-to-expect>`: a section opened or closed by the reader. */
export type SerSectionToggleEvent = CustomEvent<{ id: string; open: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ser-section-toggle': SerSectionToggleEvent;
  }
}
