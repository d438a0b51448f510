import { loadVerifiedModule } from '../internal/verified.js';
import type { Features } from './types.js';

/** Loads one optional feature from `features/` beside the drop-in, checked against its build-time hash. */
export const loadFeature = <K extends keyof Features>(name: K): Promise<Features[K]> =>
  loadVerifiedModule(`features/${name}.js`);
