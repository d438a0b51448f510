/**
 * Every `ser-*` event's `detail`, by name: read from the global event map, where each widget adds its own
 * events (`components/<widget>/<widget>.events.ts`), so this file never lists them.
 */
export type SerEventDetails = {
  [
    K in keyof GlobalEventHandlersEventMap as K extends `ser-${string}` ? K : never
  ]: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
};

/** The event a widget fires under the name `K`. */
export type SerEvent<K extends keyof SerEventDetails> = CustomEvent<SerEventDetails[K]>;
