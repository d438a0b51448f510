// Spell-checks every default message in all five languages with hunspell: `node test/spell.mjs`.
// Needs the hunspell dictionaries en_US, es_ES, fr_FR, de_DE, pt_BR. Prints each unknown word; exits 1 if any.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dictionaries = { en: 'en_US', es: 'es_ES', fr: 'fr_FR', de: 'de_DE', pt: 'pt_BR' };
/** Names of the practice, and correct words the dictionaries lack (British spelling, Spanish pronouns joined to verbs). */
const known = new Set([
  'SomatoEmotional',
  'CranioSacral',
  'SER',
  'LSE',
  'SomatoEmocional',
  'Craneosacral',
  'SomatoÉmotionnelle',
  'craniosacrale',
  'SomatoEmotionale',
  'CranioSacralen',
  'SER-Sitzung',
  'counsellor',
  'Descríbelo',
  'cópialas',
  'pégalas',
  'hablarlo',
]);

const leaves = (v) =>
  typeof v == 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(leaves)
      : Object.entries(v).flatMap(([k, x]) => (k == 'id' ? [] : leaves(x)));

const dir = mkdtempSync(join(tmpdir(), 'ser-spell-'));
let unknown = 0;
try {
  for (const [lang, dict] of Object.entries(dictionaries)) {
    const src = lang == 'en' ? 'src/i18n/en.ts' : `src/i18n/locales/${lang}.ts`;
    const out = join(dir, `${lang}.mjs`);
    await build({ entryPoints: [join(root, src)], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
    const mod = await import(out);
    const text = leaves(mod.default ?? mod.en)
      .join('\n')
      .replace(/\{\w+\}/g, ' ');
    const words = execFileSync('hunspell', ['-d', dict, '-l'], { input: text, encoding: 'utf8' })
      .split('\n')
      .map((w) => w.replace(/[.,:;]+$/, ''))
      .filter((w) => w && !known.has(w));
    for (const w of new Set(words)) console.log(`${lang}: unknown word "${w}"`);
    unknown += new Set(words).size;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(unknown ? `spelling: ${unknown} unknown words` : 'spelling: every message is spelled right');
process.exit(unknown ? 1 : 0);
