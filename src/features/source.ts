import type { Features } from './types.js';

// Bundlers split each feature into its own chunk, fetched on first use.
const loaders: { [K in keyof Features]: () => Promise<Features[K]> } = {
  checklist: () => import('./checklist.js'),
  accordion: () => import('./accordion.js'),
};

/** Loads one optional feature (ESM build). The drop-in swaps this file for `source.dropin.ts`. */
export const loadFeature = <K extends keyof Features>(name: K): Promise<Features[K]> => loaders[name]();
