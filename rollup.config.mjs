// Four builds: the drop-in's optional features (first: the drop-in carries their hashes), the one-file
// drop-in (Lit inside), its lazy locale files, and ESM for bundler users.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const features = readdirSync('src/features')
  .filter((f) => !/^(source|types)\b/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const locales = readdirSync('src/i18n/locales').map((f) => f.replace(/\.ts$/, ''));
const ts = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false, legalComments: 'none' });
const version = (dropin = false) =>
  replace({ preventAssignment: true, values: { __VERSION__: JSON.stringify(pkg.version), __DROPIN__: String(dropin) } });

// The drop-in fetches locale and feature files by URL instead of bundling them.
const dropinSource = {
  name: 'dropin-source',
  async resolveId(id, importer, opts) {
    if (!id.endsWith('/source.js')) return;
    const r = await this.resolve(id, importer, { ...opts, skipSelf: true });
    if (r && /[\\/]src[\\/](i18n|features)[\\/]source\.ts$/.test(r.id)) return r.id.replace(/\.ts$/, '.dropin.ts');
  },
};

/** `{ "features/checklist.js": "sha384-…" }` from the feature files just built: the drop-in carries it. */
const integrity = () =>
  JSON.stringify(
    Object.fromEntries(
      features.map((f) => {
        const path = `features/${f}.js`;
        return [path, `sha384-${createHash('sha384').update(readFileSync(`dist/${path}`)).digest('base64')}`];
      }),
    ),
  );

const noLitVersions = {
  name: 'no-lit-versions',
  transform(code, id) {
    // `map: null`: the cut only shifts columns on one line, so the incoming sourcemap still holds.
    if (id.includes('node_modules'))
      return { code: code.replace(/,?\(\w+\.\w+Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, ''), map: null };
  },
};

const min = () =>
  terser({
    ecma: 2022,
    compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
    // Our non-reactive private members are named `_x`; Lit's own production names never are.
    mangle: { properties: { regex: /^_[a-z]/ } },
    format: { comments: false },
  });

/** Prints gzip and brotli sizes; writes the SRI hash of the drop-in beside it. */
const report = {
  name: 'report',
  writeBundle(opts, bundle) {
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const buf = Buffer.from(chunk.code);
      const gz = gzipSync(buf, { level: 9 }).length;
      const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`  ${name.padEnd(22)} ${String(buf.length).padStart(7)} B  gzip ${gz} B  brotli ${br} B`);
      if (name === 'ser-widgets.js') {
        const sri = `sha384-${createHash('sha384').update(buf).digest('base64')}`;
        writeFileSync(`${opts.dir ?? dirname(opts.file)}/ser-widgets.sri.txt`, `${sri}\n`);
        console.log(`  integrity="${sri}"`);
      }
    }
  },
};

const guard =
  'if((window.SerWidgets||0).version)return void console.warn("ser-widgets is already on this page; this copy was ignored.");' +
  `window.SerWidgets={version:${JSON.stringify(pkg.version)}};`;

export default [
  // One build per feature: each file stands alone (no imports), so its hash covers all the code it runs.
  ...features.map((f) => ({
    input: { [f]: `src/features/${f}.ts` },
    output: { dir: 'dist/features', format: 'es', entryFileNames: '[name].js' },
    plugins: [nodeResolve(), ts(), min(), report],
  })),
  {
    input: 'src/drop-in.ts',
    output: { file: 'dist/ser-widgets.js', format: 'iife', sourcemap: true, intro: guard },
    plugins: [
      dropinSource,
      noLitVersions,
      nodeResolve({ exportConditions: ['production'], browser: true }),
      version(true),
      replace({ preventAssignment: true, values: { __INTEGRITY__: integrity } }),
      minifyHTML(),
      ts(),
      min(),
      report,
    ],
  },
  {
    input: Object.fromEntries(locales.map((l) => [l, `src/i18n/locales/${l}.ts`])),
    output: { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js' },
    plugins: [ts(), min(), report],
  },
  {
    input: {
      index: 'src/index.ts',
      'components/provider/provider': 'src/components/provider/provider.ts',
      'components/explainer-card/explainer-card': 'src/components/explainer-card/explainer-card.ts',
      'components/what-to-expect/what-to-expect': 'src/components/what-to-expect/what-to-expect.ts',
      'components/emotion-checklist/emotion-checklist': 'src/components/emotion-checklist/emotion-checklist.ts',
    },
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [nodeResolve(), version(), ts()],
  },
];
