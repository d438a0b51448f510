/** `<ser-explainer-card>`: "Learn more" opened or closed by the reader. */
export type SerToggleEvent = CustomEvent<{ open: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ser-toggle': SerToggleEvent;
  }
}
