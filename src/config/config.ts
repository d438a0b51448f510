import { createContext } from '@lit/context';
import type { Messages } from '../i18n/types.js';

export type Theme = 'light' | 'dark' | 'auto';
export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What a `<ser-provider>` shares with the widgets inside it. Every key is optional:
 * a widget falls back to its own attribute, then to the built-in default.
 */
export interface SerConfig {
  /** A BCP 47 tag such as `es` or `pt-BR`. */
  locale?: string;
  theme?: Theme;
  /** The practitioner's name, used in the copy instead of "your practitioner". */
  practitioner?: string;
  /** Where the explainer card's call to action goes. */
  bookingUrl?: string;
  /** The heading level of each widget's main heading (2 to 6); accordion headings go one deeper. */
  headingLevel?: number;
  /** Where the checklist's support note links to (a contact page, `tel:` or `mailto:`). */
  supportUrl?: string;
  /** Month the copy was last reviewed, `YYYY-MM`: shows "Content reviewed November 2026" once per provider. */
  reviewed?: string;
  /** Who reviewed it; default: the practitioner's name. */
  reviewedBy?: string;
  /** The practitioner's own crisis contact, shown in the checklist's support note: its text… */
  crisisLabel?: string;
  /** …and its link (`tel:` or `https:` only). */
  crisisUrl?: string;
  /** Replacement copy: any message, section list or item group, in any language. */
  messages?: Partial<Messages>;
}

export const configContext = createContext<SerConfig>(Symbol.for('ser-widgets:config'));

/** Inner wins, key by key; `messages` merge one level deeper so overriding one string keeps the rest. */
export const mergeConfig = (outer: SerConfig = {}, inner: SerConfig = {}): SerConfig => ({
  ...outer,
  ...inner,
  messages: { ...outer.messages, ...inner.messages },
});
