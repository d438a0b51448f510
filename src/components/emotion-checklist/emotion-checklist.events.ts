/** `<ser-emotion-checklist>`: the reader ticked, unticked, typed or cleared. */
export type SerChangeEvent = CustomEvent<{ selected: string[]; other?: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ser-change': SerChangeEvent;
  }
}
