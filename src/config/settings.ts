import { isObj, str, toMessages } from '../i18n/content.js';
import { warn } from '../internal/warn.js';

export type Theme = 'light' | 'dark' | 'auto';
const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/** Checks one raw value (from JSON, the `config` property or an attribute): the value to use, or undefined after one warning. */
type Check<T> = (el: Element, attr: string, raw: unknown) => T | undefined;

/** 2 to 6, or undefined with a warning. */
export const toLevel = (el: Element, attr: string, raw: unknown): number | undefined => {
  if (raw == null || raw === '') return;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n;
  warn(el, attr, raw);
  return;
};

/** `light`, `dark` or `auto`, or undefined with a warning. */
export const toTheme = (el: Element, attr: string, raw: unknown): Theme | undefined => {
  if (raw == null || raw === '') return;
  if (themes.includes(raw as Theme)) return raw as Theme;
  warn(el, attr, raw);
  return;
};

const text: Check<string> = (el, attr, raw) => str(raw) ?? warn(el, attr, typeof raw);

/**
 * Every setting a `<ser-provider>` shares, listed once: its key (in `SerConfig`, the JSON child and the `config`
 * property) and the check its value passes. On the provider, each is also an attribute named as the key in
 * kebab case (`bookingUrl`: `booking-url`), except `messages` (JSON and `config` only).
 * `SerConfig`, the provider's properties and the validation are all derived from this table.
 */
export const settings = {
  /** Language for every widget inside: `en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `es-MX` or `pt-BR`. */
  locale: text,
  /** `light`, `dark` or `auto` for every widget inside. */
  theme: toTheme,
  /** The practitioner's name, used in the copy instead of "your practitioner". */
  practitioner: text,
  /** Booking page for the explainer card's button (http, https, mailto, tel or relative). */
  bookingUrl: text,
  /** Contact page for the checklist's support note (http, https, mailto, tel or relative). */
  supportUrl: text,
  /** Level of each widget's main heading, 2 to 6; accordion section headings go one deeper. */
  headingLevel: toLevel,
  /** Month the copy was last reviewed, `YYYY-MM` (such as `2026-11`): one "Content reviewed" line for the group. */
  reviewed: (el, attr, raw) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw as string) ? (raw as string) : warn(el, attr, raw)),
  /** Who reviewed the copy. Default: `practitioner`; without either the line names no one. */
  reviewedBy: text,
  /** Text of your own crisis contact, shown in the checklist's support note (such as "Crisis line: 0800 123 456"). */
  crisisLabel: text,
  /** Link of that contact: `tel:` or `https:` only. */
  crisisUrl: (el, attr, raw) => (/^(tel:|https:\/\/)\S+$/.test(raw as string) ? (raw as string) : warn(el, attr, raw)),
  /** Replacement copy: any message, section list or item group, in any language (JSON and `config` only). */
  messages: toMessages,
} satisfies Record<string, Check<unknown>>;

type Settings = typeof settings;

/**
 * What a `<ser-provider>` shares with the widgets inside it. Every key is optional:
 * a widget falls back to its own attribute, then to the built-in default.
 */
export type SerConfig = { -readonly [K in keyof Settings]?: Exclude<ReturnType<Settings[K]>, undefined> };

/** The settings a provider takes as attributes: their keys. */
export type AttributeSetting = Exclude<keyof Settings, 'messages'>;

/** The provider's attribute for a setting: its key in kebab case (`bookingUrl`: `booking-url`). */
export const attributeOf = (key: string): string => key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/**
 * Validates a whole config object key by key: from JSON, a `config` property, or the provider's attributes.
 * `name` turns a key into what the warning calls it (`config.theme`, or the attribute `booking-url`).
 */
export const toConfig = (el: Element, raw: unknown, name = (k: string) => `config.${k}`): SerConfig => {
  const c: Record<string, unknown> = {};
  if (!isObj(raw)) warn(el, name('').slice(0, -1), typeof raw);
  else
    for (const [k, v] of Object.entries(raw)) {
      if (v == null || v === '') continue;
      const checked = Object.hasOwn(settings, k)
        ? settings[k as keyof Settings](el, name(k), v)
        : warn(el, name(k), 'an unknown key');
      if (checked !== undefined) c[k] = checked;
    }
  return c;
};

/** Parses JSON text; malformed JSON warns once and yields the defaults. */
export const parseConfig = (el: Element, text: string, attr = 'script[type="application/json"]'): SerConfig => {
  try {
    return toConfig(el, JSON.parse(text), (k) => `${attr}.${k}`);
  } catch {
    warn(el, attr, 'malformed JSON');
    return {};
  }
};
