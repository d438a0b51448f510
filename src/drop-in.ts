// The one-file build for a <script> tag. The whole bundle sits behind the `SerWidgets` guard that
// rollup.config.mjs wraps around it, so a second copy never runs Lit (or its Trusted Types policy) again.
// Provider first, so widgets already in the page find it as they upgrade.
import './components/provider/provider.js';
import './components/explainer-card/explainer-card.js';
import './components/what-to-expect/what-to-expect.js';
import './components/emotion-checklist/emotion-checklist.js';
import { loadLocale, locales, registerLocale, restOfEnglish } from './i18n/locale.js';

declare const __VERSION__: string;

/** The one global the drop-in adds. */
export interface SerWidgetsGlobal {
  version: string;
  /** The languages shipped, built-in English first (the builder reads its language choices here). */
  locales: typeof locales;
  loadLocale: typeof loadLocale;
  registerLocale: typeof registerLocale;
}

declare global {
  interface Window {
    SerWidgets?: SerWidgetsGlobal;
  }
}

window.SerWidgets = {
  version: __VERSION__,
  locales,
  // English in full: the built-in pack lacks the text behind "Learn more" and in sections.
  loadLocale: (lang) => (lang == 'en' ? restOfEnglish(1) : loadLocale(lang)),
  registerLocale,
};
