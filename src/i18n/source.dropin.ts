import { scriptBase } from '../internal/script-base.js';
import type { Messages } from './types.js';

/** Fetches one language's messages from beside the drop-in: one request, and only for pages that ask. */
export const fetchLocale = (lang: string): Promise<Messages> =>
  import(new URL(`locales/${lang}.js`, scriptBase).href).then((m: { default: Messages }) => m.default);
