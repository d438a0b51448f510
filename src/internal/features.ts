import { loadFeature } from '../features/source.js';
import type { Features } from '../features/types.js';

const pending: Partial<Record<keyof Features, Promise<unknown>>> = {};

/** Loaded features, for calling at once when already there. */
export const loaded: Partial<Features> = {};

/** One optional feature, loaded once; a feature that cannot load warns once and stays off. */
export const feature = <K extends keyof Features>(name: K): Promise<Features[K]> =>
  (pending[name] ??= loadFeature(name).then(
    (f) => (loaded[name] = f),
    (e) => {
      console.warn(`ser-widgets: the ${name} feature did not load.`);
      throw e;
    },
  )) as Promise<Features[K]>;

/** Runs `fn` when the browser is idle (within 3 s), after the first render: never in the way of a paint or a tap. */
export const idle = (fn: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 3e3 });
  else setTimeout(fn, 500);
};

const asked = new Set<string>();

/** Runs `fn` once per `key` and page, when the browser is idle (many widgets ask once; nothing holds on to them). */
export const once = (key: string, fn: () => unknown): void => {
  if (asked.has(key)) return;
  asked.add(key);
  idle(() => void fn());
};

/** Starts fetching a feature when the browser is idle, so its first use answers at once. */
export const prefetch = (name: keyof Features): void => once(name, () => feature(name).catch(() => {}));
