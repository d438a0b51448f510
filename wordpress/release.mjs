// Builds the WordPress plugin zip from the built drop-in: `npm run build && node wordpress/release.mjs`.
// Writes release/ser-widgets-wordpress-<version>.zip; the plugin folder inside it is ser-widgets/.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parsePo, poHeader, scriptHash, toJed, toMo } from './gettext.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = join(root, 'wordpress');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const editorScript = 'build/editor.js';

/** Folders of dist/ that are not loaded by the drop-in after it starts. */
const notAfterLoad = new Set(['esm', 'wordpress']);

for (const need of ['ser-widgets.js', 'ser-widgets.sri.txt', 'wordpress/editor.js']) {
  if (!existsSync(join(dist, need))) {
    console.error(`wordpress/release.mjs: dist/${need} is missing; run npm run build first.`);
    process.exit(1);
  }
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Zip path (inside ser-widgets/) → bytes. A fixed date keeps the zip the same for the same input. */
const files = {};
const add = (path, bytes) => (files[`ser-widgets/${path}`] = [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }]);

const stamp = (text) =>
  text.replace(/^( \* Version:\s+).*$/m, `$1${version}`).replace(/('SER_WIDGETS_VERSION', )'[^']*'/, `$1'${version}'`);
add('ser-widgets.php', Buffer.from(stamp(readFileSync(join(here, 'ser-widgets.php'), 'utf8'))));
add('uninstall.php', readFileSync(join(here, 'uninstall.php')));
add(
  'readme.txt',
  Buffer.from(readFileSync(join(here, 'readme.txt'), 'utf8').replace(/^(Stable tag:\s+).*$/m, `$1${version}`)),
);
for (const folder of ['includes', 'blocks'])
  for (const path of walk(join(here, folder))) add(relative(here, path), readFileSync(path));

add(editorScript, readFileSync(join(dist, 'wordpress/editor.js')));
for (const file of ['ser-widgets.js', 'ser-widgets.js.map', 'ser-widgets.sri.txt'])
  add(`dist/${file}`, readFileSync(join(dist, file)));
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (statSync(path).isDirectory() && !notAfterLoad.has(name))
    for (const file of walk(path)) add(`dist/${relative(dist, file)}`, readFileSync(file));
}

// Translations: the template, each .po, its .mo for PHP and its JSON for the editor script.
const languages = join(here, 'languages');
for (const name of existsSync(languages) ? readdirSync(languages).filter((n) => !n.startsWith('.')) : []) {
  const path = join(languages, name);
  add(`languages/${name}`, readFileSync(path));
  if (!name.endsWith('.po')) continue;
  const entries = parsePo(readFileSync(path, 'utf8'));
  const locale = name.slice('ser-widgets-'.length, -3);
  if (!poHeader(entries).Language) throw new Error(`${name}: no Language header`);
  add(`languages/ser-widgets-${locale}.mo`, toMo(entries));
  add(`languages/ser-widgets-${locale}-${scriptHash(editorScript)}.json`, Buffer.from(toJed(entries)));
}

mkdirSync(join(root, 'release'), { recursive: true });
const out = join(root, 'release', `ser-widgets-wordpress-${version}.zip`);
writeFileSync(out, zipSync(files, { level: 9 }));
console.log(`  ${relative(root, out)}  ${Object.keys(files).length} files  ${statSync(out).size} B`);
