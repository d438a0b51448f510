// The translation template: `node wordpress/i18n.mjs` writes languages/ser-widgets.pot from the PHP,
// the editor script and block.json; `--check` fails if the template is stale or a .po misses a string.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePo } from './gettext.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const potPath = join(here, 'languages/ser-widgets.pot');
const files = (dir, ext) =>
  readdirSync(join(here, dir), { recursive: true })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(here, dir, f));

/** msgid (with context) → { context, id, refs, comment }, in order of first use. */
const found = new Map();
const add = (id, context, ref, comment) => {
  const key = `${context ?? ''}\u0004${id}`;
  const entry = found.get(key) ?? { id, context, refs: [], comment };
  entry.refs.push(ref);
  found.set(key, entry);
};

// PHP and TypeScript: __( 'text', 'ser-widgets' ) and its esc_html__ / esc_attr__ forms, single-quoted.
const call =
  /(?:\/\*\s*translators:\s*(.*?)\s*\*\/\s*)?\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'ser-widgets'\s*\)/gs;
for (const path of [join(here, 'ser-widgets.php'), ...files('includes', '.php'), ...files('src', '.ts')]) {
  const text = readFileSync(path, 'utf8');
  for (const m of text.matchAll(call)) {
    const line = text.slice(0, m.index).split('\n').length;
    add(m[2].replace(/\\(['\\])/g, '$1'), undefined, `${relative(here, path)}:${line}`, m[1]);
  }
}
// block.json: WordPress translates these with fixed contexts.
for (const path of files('blocks', 'block.json')) {
  const block = JSON.parse(readFileSync(path, 'utf8'));
  const ref = relative(here, path);
  add(block.title, 'block title', ref);
  add(block.description, 'block description', ref);
  for (const keyword of block.keywords ?? []) add(keyword, 'block keyword', ref);
}

const quote = (s) => JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
const pot = [
  '# Translation template of the SER Widgets WordPress plugin. Made by `node wordpress/i18n.mjs`; do not edit.',
  'msgid ""',
  'msgstr ""',
  '"Project-Id-Version: SER Widgets\\n"',
  '"MIME-Version: 1.0\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Content-Transfer-Encoding: 8bit\\n"',
  '"X-Domain: ser-widgets\\n"',
  '',
  ...[...found.values()].flatMap((e) => [
    ...(e.comment ? [`#. translators: ${e.comment}`] : []),
    `#: ${e.refs.join(' ')}`,
    ...(e.id.includes('%') ? ['#, php-format'] : []),
    ...(e.context !== undefined ? [`msgctxt ${quote(e.context)}`] : []),
    `msgid ${quote(e.id)}`,
    'msgstr ""',
    '',
  ]),
].join('\n');

if (!process.argv.includes('--check')) {
  writeFileSync(potPath, pot);
  console.log(`  ${relative(process.cwd(), potPath)}: ${found.size} strings`);
} else {
  const problems = [];
  if (readFileSync(potPath, 'utf8') !== pot)
    problems.push('languages/ser-widgets.pot is out of date: run node wordpress/i18n.mjs');
  const wanted = [...found.values()];
  const placeholders = (text) => (text.match(/%(\d+\$)?s/g) ?? []).sort().join();
  for (const name of readdirSync(join(here, 'languages')).filter((n) => n.endsWith('.po'))) {
    const have = new Map(
      parsePo(readFileSync(join(here, 'languages', name), 'utf8')).map((e) => [`${e.context ?? ''}\u0004${e.id}`, e]),
    );
    for (const e of wanted) {
      const t = have.get(`${e.context ?? ''}\u0004${e.id}`);
      if (!t || t.fuzzy || !t.strings[0]) problems.push(`${name}: no translation of ${quote(e.id)}`);
      else if (placeholders(e.id) !== placeholders(t.strings[0]))
        problems.push(`${name}: the placeholders differ in ${quote(e.id)}`);
    }
  }
  for (const p of problems) console.error(`  ${p}`);
  if (problems.length) process.exit(1);
  console.log(`  translations: ${found.size} strings, every .po complete`);
}
