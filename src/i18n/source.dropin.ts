import type { Messages } from './types.js';

// Noted while the drop-in's own <script> runs: locale files sit in `locales/` beside it.
export const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  [...document.scripts].map((s) => s.src).findLast((s) => /ser-widgets[\w.-]*\.js/.test(s)) ||
  location.href;

/** Fetches one language's messages from beside the drop-in: one request, and only for pages that ask. */
export const fetchLocale = (lang: string): Promise<Messages> =>
  import(new URL(`locales/${lang}.js`, scriptUrl).href).then((m: { default: Messages }) => m.default);
