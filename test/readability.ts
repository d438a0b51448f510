// Flesch-Kincaid grade level, for checking that default English copy stays plain (grade 8 or below).

/** Syllables in one English word, by vowel groups with the usual silent-e and -ed/-es corrections. */
export const syllables = (word: string): number => {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0])
    .replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]+/g)?.length ?? 0);
};

/** Words, sentences and syllables of a text; a line or message without end punctuation counts as one sentence. */
export const counts = (text: string): { words: number; sentences: number; syllables: number } => {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .filter((s) => /[a-z]/i.test(s)).length;
  const words = text.match(/[\p{L}\p{N}'’-]+/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [];
  return { words: words.length, sentences, syllables: words.reduce((n, w) => n + syllables(w), 0) };
};

/** The Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export const grade = (text: string): number => {
  const c = counts(text);
  if (!c.words) return 0;
  return 0.39 * (c.words / Math.max(1, c.sentences)) + 11.8 * (c.syllables / c.words) - 15.59;
};
