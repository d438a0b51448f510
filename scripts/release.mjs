// `npm run release`: builds, then writes release/ser-widgets-<version>.zip (what a practitioner uploads, with
// START-HERE.html, the builder and LICENSE) and the npm pack tarball. Usage: node scripts/release.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import { startHere } from './start-here.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'release');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The folder practitioners upload; the snippet points at /<folder>/ser-widgets.js. */
export const folder = 'ser-widgets';
// The bundler build, the manifest and the WordPress editor script (it ships in the plugin zip) are not for pages.
const notForPages = new Set(['esm', 'custom-elements.json', 'wordpress']);

const run = (cmd, args, opts = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
  return result;
};

/** Every file under `dir`, as paths relative to `base`, with / separators. */
const filesUnder = (dir, base = dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
  });

/** The drop-in and everything it loads after it starts (locales/, and any other folder the build writes). */
export function pageFiles() {
  return filesUnder(dist).filter((f) => !notForPages.has(f.split('/')[0]) && !f.endsWith('.d.ts'));
}

/** Our licence, then the licence of each package bundled inside ser-widgets.js (found through its source map). */
function licenceText() {
  const map = JSON.parse(readFileSync(join(dist, 'ser-widgets.js.map'), 'utf8'));
  const packages = new Set(map.sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter(Boolean));
  const notices = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return `${name} ${version}\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file)'}`;
  });
  const ours = readFileSync(join(root, 'LICENSE'), 'utf8').trim();
  const line = '-'.repeat(72);
  return [ours, `ser-widgets.js includes the following packages, under their own licences:`, ...notices].join(
    `\n\n${line}\n\n`,
  );
}

/** The builder's page in the zip, beside the upload folder. */
export const builderPage = 'builder/builder.html';

/**
 * The builder for the zip: it loads the drop-in from the upload folder beside it, and a meta tag gives its
 * builder.js that file's address and hash (a page opened from disk cannot fetch them).
 */
function builderFiles(integrity) {
  const examples = join(root, 'examples');
  let html = readFileSync(join(examples, 'builder.html'), 'utf8');
  const edits = [
    ['<script src="../dist/ser-widgets.js"', `<script src="../${folder}/ser-widgets.js"`],
    ['<a href="index.html">Back to the example page</a>', '<a href="../START-HERE.html">Back to Start here</a>'],
    [
      '<title>',
      `<meta name="ser-widgets-release" content="../${folder}/ser-widgets.js" data-integrity="${integrity}" />\n    <title>`,
    ],
  ];
  for (const [from, to] of edits) {
    if (!html.includes(from))
      throw new Error(`examples/builder.html no longer has ${from}: update builderFiles() in scripts/release.mjs`);
    html = html.replace(from, to);
  }
  const dir = builderPage.split('/')[0];
  return {
    [builderPage]: new TextEncoder().encode(html),
    [`${dir}/builder.js`]: readFileSync(join(examples, 'builder.js')),
    [`${dir}/builder.css`]: readFileSync(join(examples, 'builder.css')),
  };
}

/** The builder's Content-Security-Policy, so START-HERE.html keeps exactly the same one. */
function builderPolicy() {
  const html = readFileSync(join(root, 'examples/builder.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('examples/builder.html has no Content-Security-Policy meta tag');
  return policy;
}

export async function release({ build = true } = {}) {
  if (build) run('npm', ['run', 'build', '--silent']);
  const files = pageFiles();
  for (const needed of ['ser-widgets.js', 'ser-widgets.js.map', 'ser-widgets.sri.txt'])
    if (!files.includes(needed)) throw new Error(`dist/${needed} is missing: run npm run build`);

  const script = readFileSync(join(dist, 'ser-widgets.js'));
  const integrity = readFileSync(join(dist, 'ser-widgets.sri.txt'), 'utf8').trim();
  // The hash in the guide must be the hash of the file in the zip.
  if (integrity !== `sha384-${createHash('sha384').update(script).digest('base64')}`)
    throw new Error('dist/ser-widgets.sri.txt does not match dist/ser-widgets.js: rebuild');

  const name = `ser-widgets-${pkg.version}`;
  const entries = {
    'START-HERE.html': new TextEncoder().encode(
      startHere({ version: pkg.version, integrity, folder, files, policy: builderPolicy(), builder: builderPage }),
    ),
    LICENSE: new TextEncoder().encode(`${licenceText()}\n`),
    ...builderFiles(integrity),
  };
  for (const f of files) entries[`${folder}/${f}`] = readFileSync(join(dist, f));
  const zipped = {};
  for (const [path, data] of Object.entries(entries)) zipped[`${name}/${path}`] = data;

  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) if (old.startsWith(name)) rmSync(join(out, old), { force: true });
  const zipFile = join(out, `${name}.zip`);
  writeFileSync(zipFile, zipSync(zipped, { level: 9 }));
  // The builder served beside release/ offers the zip only when this hash is the one its code carries.
  writeFileSync(join(out, `${name}.sri.txt`), `${integrity}\n`);
  console.log(`release/${name}.zip: ${Object.keys(zipped).length} files`);
  for (const path of Object.keys(zipped)) console.log(`  ${path}`);

  run('npm', ['pack', '--silent', '--pack-destination', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`release/${name}.tgz: the npm package`);

  const wordpress = join(root, 'wordpress/release.mjs');
  if (existsSync(wordpress)) run(process.execPath, [wordpress]);
  return { zipFile, integrity, name };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    await release({ build: !process.argv.includes('--no-build') });
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
