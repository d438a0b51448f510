// Readability formulas for checking that the default copy stays plain, one made for each language.
// English: Flesch-Kincaid grade (at most 8). Spanish: Fernández-Huerta. French: Kandel-Moles.
// German: Amstad. Portuguese: Flesch adapted by Martins et al. The last four are 0–100 ease scores.

export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt';

/** Parts of a compound written in camel case ("SomatoEmotional" → "Somato", "Emotional"). */
const parts = (word: string): string[] => word.split(/(?<=\p{Ll})(?=\p{Lu})/u);

/** Syllables in one English word: vowel groups, silent endings, and vowel pairs spoken as two syllables. */
const english = (word: string): number => {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w
    .replace(/qu/g, 'q')
    // A silent final e, and -es/-ed that add no syllable (not after t/d, or s, c, g, z, x, sh).
    .replace(/(?:[^laeiouycgszx]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m[0])
    .replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // Pairs spoken apart: cran-i-o, qui-et, be-ing, us-u-al, me-di-um, cli-ent; not -tion, -cial, -gion.
  const apart = w.match(/[^cts]ia|[^cgst]io|[^gq]ua|iu|[^ct]ie(?=nt|nc|t)|[aeiouy]ing/g)?.length ?? 0;
  return Math.max(1, groups + apart);
};

/** Vowels, and the strong ones whose neighbours form separate syllables, per Romance language. */
const romance = {
  es: { vowels: /[aeiouáéíóúü]+/g, apart: /[aeoáéó](?=[aeoáéó])|[íú](?=[aeiou])|[aeiou](?=[íú])/g },
  pt: { vowels: /[aeiouáéíóúâêôãõàü]+/g, apart: /[aeoáéóâêô](?=[aeoáéóâêô])|[íú](?=[aeiou])|[aeiou](?=[íú])/g },
};

/** Syllables in a Spanish or Portuguese word: vowel groups, split at a hiatus; the u of que/qui/gue/gui is silent. */
const iberian = (lang: 'es' | 'pt', word: string): number => {
  const w = word.toLowerCase().replace(/([qg])u(?=[eiéí])/g, '$1');
  const r = romance[lang];
  return Math.max(1, (w.match(r.vowels)?.length ?? 0) + (w.match(r.apart)?.length ?? 0));
};

/** Syllables in a French word: vowel groups, less a silent final -e, -es or -ent (as in verbs). */
const french = (word: string): number => {
  const w = word
    .toLowerCase()
    .replace(/^.*[’']/, '')
    .replace(/qu/g, 'q');
  const v = /[aeiouyàâäéèêëîïôöùûüœæ]+/g;
  const trimmed = w.replace(/(?<=[^aeiouyàâäéèêëîïôöùûü])e(s|nt)?$/, '');
  // é before another vowel starts a new syllable (sé-ance, cré-er).
  const apart = trimmed.match(/é(?=[aeiouàâô])/g)?.length ?? 0;
  return Math.max(1, ((trimmed.match(v) ?? w.match(v))?.length ?? 1) + apart);
};

/** Syllables in a German word: vowel groups (ei, au, eu, ie count once), with -ion, -ua spoken apart. */
const german = (word: string): number => {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouyäöü]+/g)?.length ?? 0;
  return Math.max(1, groups + (w.match(/io|ua|[^aeiou]eo/g)?.length ?? 0));
};

/** Syllables in one word of the given language. */
export const syllables = (word: string, lang: Lang = 'en'): number =>
  parts(word).reduce((n, p) => {
    if (lang == 'en') return n + english(p);
    if (lang == 'fr') return n + french(p);
    if (lang == 'de') return n + german(p);
    return n + iberian(lang, p);
  }, 0);

/** Words, sentences and syllables of a text; a line or message without end punctuation counts as one sentence. */
export const counts = (text: string, lang: Lang = 'en'): { words: number; sentences: number; syllables: number } => {
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /\p{L}/u.test(s)).length;
  const words = text.match(/[\p{L}\p{N}'’-]+/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [];
  // Hyphenated and elided words are several words for the syllable count but one for the word count.
  return {
    words: words.length,
    sentences,
    syllables: words.reduce((n, w) => n + w.split(/[-]/).reduce((k, x) => k + (x ? syllables(x, lang) : 0), 0), 0),
  };
};

/** The Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export const grade = (text: string): number => {
  const c = counts(text);
  if (!c.words) return 0;
  return 0.39 * (c.words / Math.max(1, c.sentences)) + 11.8 * (c.syllables / c.words) - 15.59;
};

/**
 * Reading ease for a language other than English, each from the formula made for it
 * (words per sentence `s`, syllables per word `w`):
 * Fernández-Huerta (es) 206.84 − 60 w − 1.02 s; Kandel-Moles (fr) 207 − 73.6 w − 1.015 s;
 * Amstad (de) 180 − 58.5 w − s; Martins et al. (pt) 248.835 − 84.6 w − 1.015 s.
 */
export const ease = (text: string, lang: Exclude<Lang, 'en'>): number => {
  const c = counts(text, lang);
  const s = c.words / Math.max(1, c.sentences);
  const w = c.syllables / Math.max(1, c.words);
  if (lang == 'es') return 206.84 - 60 * w - 1.02 * s;
  if (lang == 'fr') return 207 - 73.6 * w - 1.015 * s;
  if (lang == 'de') return 180 - 58.5 * w - s;
  return 248.835 - 84.6 * w - 1.015 * s;
};

/**
 * The easy-to-read level each language's copy must reach, on its formula's own scale: `widget` for all
 * of one widget's copy, `block` for any one paragraph, section or group. Spanish and French: "fairly easy"
 * (70+) per widget, "standard" (60+) per block. German (Amstad scores German lower): "standard" (60+) per
 * widget, 50+ per block. Portuguese (Martins: 50–75 is "easy", grades 5 to 8): 65+ per widget, 50+ per block.
 */
export const target: Record<Exclude<Lang, 'en'>, { widget: number; block: number }> = {
  es: { widget: 70, block: 60 },
  fr: { widget: 70, block: 60 },
  de: { widget: 60, block: 50 },
  pt: { widget: 65, block: 50 },
};
