/** The `detail` of every event the widgets fire, by name. */
export interface SerEventDetails {
  /** `<ser-explainer-card>`: "Learn more" opened or closed by the reader. */
  'ser-toggle': { open: boolean };
  /** `<ser-what-to-expect>`: a section opened or closed by the reader. */
  'ser-section-toggle': { id: string; open: boolean };
  /** `<ser-emotion-checklist>`: the reader ticked, unticked, typed or cleared. */
  'ser-change': { selected: string[]; other?: string };
}

export type SerEvent<K extends keyof SerEventDetails> = CustomEvent<SerEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ser-toggle': SerEvent<'ser-toggle'>;
    'ser-section-toggle': SerEvent<'ser-section-toggle'>;
    'ser-change': SerEvent<'ser-change'>;
  }
}
