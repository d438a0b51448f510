import type { Locale } from './locale.js';
import type { Messages } from './types.js';

type Loader = () => Promise<{ default: Messages }>;

// Bundlers split each language into its own chunk; only the one a page asks for is fetched. One loader per
// language in `locales` besides English (the type fails when they differ): `import()` needs a literal path.
const loaders: Record<Exclude<Locale, 'en'>, Loader> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
};

/** Fetches one language's messages (ESM build). The drop-in swaps this file for `source.dropin.ts`. */
export const fetchLocale = (lang: string): Promise<Messages> =>
  loaders[lang as Exclude<Locale, 'en'>]().then((m) => m.default);
