/** One section of `<ser-what-to-expect>`: paragraphs, then an optional bulleted list. */
export interface Section {
  id: string;
  title: string;
  body: string[];
  list?: string[];
}

/** One tickable item of `<ser-emotion-checklist>`. */
export interface Item {
  id: string;
  label: string;
  hint?: string;
}

/** A fieldset of items with its legend. */
export interface Group {
  id: string;
  legend: string;
  items: Item[];
}

/**
 * Every user-facing string of every widget, for one language: what all widgets share, then each widget's own
 * (a new widget adds its interface here, its keys to `en.ts` and every file in `locales/`).
 * `{name}` stands for the practitioner's name, `{list}` for a formatted list; `{date}`, `{forget}` and
 * `{other}` are named where they appear.
 */
export interface Messages
  extends SharedMessages, ExplainerCardMessages, WhatToExpectMessages, EmotionChecklistMessages {}

/** Used by every widget (`SerElement`). */
export interface SharedMessages {
  /** Used for `{name}` when no practitioner name is set. */
  practitioner: string;
  /** The group's note that SER works alongside care (one widget per provider shows it; the `card` prefix is historical). */
  cardDisclaimer: string;
  /** With the provider's `reviewed`: `{date}` is month and year. */
  reviewed: string;
  /** The same with a name (`reviewed-by`, else the practitioner's). */
  reviewedBy: string;
  /** In an open "Learn more" part or section whose text did not load (drop-in only: `locales/en.json` failed). */
  notLoaded: string;
}

/** `<ser-explainer-card>`. */
export interface ExplainerCardMessages {
  cardHeading: string;
  cardSummary: string;
  cardMore: string[];
  cardMoreOpen: string;
  cardMoreClose: string;
  cardCta: string;
}

/** `<ser-what-to-expect>`. */
export interface WhatToExpectMessages {
  wteShowAll: string;
  wteHideAll: string;
  sections: Section[];
}

/** `<ser-emotion-checklist>`. */
export interface EmotionChecklistMessages {
  clHeading: string;
  clIntro: string;
  /** After the intro, unless `required`. */
  clNoneOk: string;
  /** Privacy line, private mode: nothing stored, nothing sent. */
  clPrivacy: string;
  /** Privacy line with `persist`; `{forget}` is the forget button's name. */
  clSaved: string;
  /** Privacy line inside a form, with a `name`. */
  clSent: string;
  groups: Group[];
  clOther: string;
  clOtherHint: string;
  clNone: string;
  clNoted: string;
  clClear: string;
  clCopy: string;
  clCopied: string;
  clCopyFail: string;
  clPrint: string;
  clPrintTitle: string;
  /** The printed note's line that names the practitioner (`{name}`). */
  clPrintFor: string;
  /** The printed note's heading over the empty box left for the reader's own notes. */
  clPrintNotes: string;
  clForget: string;
  clSupport: string;
  clSupportLink: string;
  clRequired: string;
  /** The same with `allow-other`; `{other}` is the free-text box's label. */
  clRequiredOther: string;
}
