import { createContext } from '@lit/context';
import type { SerConfig } from './settings.js';

export type { SerConfig, Theme } from './settings.js';

export const configContext = createContext<SerConfig>(Symbol.for('ser-widgets:config'));

/** Inner wins, key by key; `messages` merge one level deeper so overriding one string keeps the rest. */
export const mergeConfig = (outer: SerConfig = {}, inner: SerConfig = {}): SerConfig => ({
  ...outer,
  ...inner,
  messages: { ...outer.messages, ...inner.messages },
});
