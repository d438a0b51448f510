import { toMessages } from './content.js';
import { en } from './en.js';
import { fetchLocale } from './source.js';
import type { Messages } from './types.js';

/** The languages shipped, English (built in) first: the one list the loaders, Storybook and the builder read. */
export const locales = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Locale = (typeof locales)[number];

const packs = new Map<string, Messages | Promise<Messages>>([['en', en]]);
const told = new Set<string>();

/**
 * A pack with each missing or malformed key taken from English, checked as the provider's `messages` are; one
 * warning if anything had to change.
 */
const complete = (lang: string, pack: unknown): Messages => {
  // No element: the per-key warnings stay silent; this one line speaks for them (a pack keeps English's key order).
  const out = { ...en, ...toMessages(null, 'messages', pack) };
  if (JSON.stringify(out) != JSON.stringify(pack))
    console.warn(`ser-widgets: "${lang}" lacks texts or has some in the wrong form; those show in English.`);
  return out;
};

/** Adds or replaces a language at run time, for bundler users and for tests. Missing or malformed texts fall back to English, key by key, with one warning. */
export const registerLocale = (lang: string, messages: Messages): void => {
  packs.set(lang, complete(lang, messages));
};

/** Each tag's language, once per page: every update of every widget asks, and `Intl.Locale` costs about 0.3 ms. */
const languages = new Map<string, string>();

/** `pt-BR` → `pt`; anything we do not ship → `en`, with one console info line. */
export const matchLocale = (tag: string | undefined | null): Locale => {
  if (!tag) return 'en';
  let lang = languages.get(tag) ?? '';
  if (!languages.has(tag)) {
    try {
      lang = new Intl.Locale(tag).language;
    } catch {
      /* an invalid tag such as "12" or "en_US!" */
    }
    languages.set(tag, lang);
  }
  if ((locales as readonly string[]).includes(lang) || packs.has(lang)) return lang as Locale;
  if (!told.has(tag)) {
    told.add(tag);
    console.info(`ser-widgets: no "${String(tag).slice(0, 40)}" translation; showing English.`);
  }
  return 'en';
};

/** English whose text behind "Learn more" and inside sections says it did not load (drop-in, without `locales/en.json`). */
const missing = [en.notLoaded];
const lacking: Messages = { ...en, cardMore: missing, sections: en.sections.map((s) => ({ ...s, body: missing })) };

/**
 * The messages for a language: at once if loaded, else a promise.
 * A language that fails to load (offline, 404, CSP, a changed file) resolves to English and is not tried again.
 */
export const loadLocale = (lang: string): Messages | Promise<Messages> => {
  let p = packs.get(lang);
  if (!p) {
    // Through a promise, so a loader that throws (no usable script URL) also ends in English.
    p = Promise.resolve(lang)
      .then(fetchLocale)
      .then(
        (m) => complete(lang, m),
        (e) => {
          console.warn(
            `ser-widgets: ${e} did not load, or is not the released file; ${lang == 'en' ? 'some text is missing' : 'showing English'}.`,
          );
          return lang == 'en' ? lacking : en;
        },
      )
      .then((m) => {
        packs.set(lang, m);
        return m;
      });
    packs.set(lang, p);
  }
  return p;
};

/** Starts fetching the rest of English (once: a settled promise ignores later calls). */
let startRest!: () => void;
let asked = false;

// Drop-in only: its built-in English lacks the text behind "Learn more" and inside sections; `locales/en.json` holds all of it.
const rest = new Promise<void>((resolve) => {
  startRest = resolve;
}).then(() => {
  packs.delete('en');
  return loadLocale('en');
});

/** The full English messages, fetched once per page: at once when `now` (a reader opened a part), else at idle or before printing. */
export const restOfEnglish = (now?: unknown): Promise<Messages> => {
  if (now) startRest();
  else if (!asked) {
    asked = true;
    addEventListener('beforeprint', startRest, { once: true });
    // Without requestIdleCallback (Safari), a timer: `{ timeout }` as its delay means none, so right after this render.
    (window.requestIdleCallback || setTimeout)(startRest, { timeout: 2e3 } as never);
  }
  return rest;
};
