// `node bench/breakdown.mjs`: what each part of the drop-in costs, in gzip -9 bytes.
// Builds variants of dist/ser-widgets.js in memory with the project's own rollup config (only dist/locales is written,
// as `npm run build` writes it: the drop-in's first English and the files' hashes come from that step),
// each with one part removed, and prints the difference; plus the minified bytes per source file from the sourcemap.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { sizes } from './size.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (p) => join(root, 'src', p);
const dropIn = configs.find((c) => c.input === 'src/drop-in.ts');
const plugins = dropIn.plugins.filter((p) => p.name !== 'report');
const widgets = ['explainer-card', 'what-to-expect', 'emotion-checklist'];
const tmp = join(root, 'bench/.tmp/breakdown');

/** Builds the drop-in (or another entry) with extra plugins in front; returns its code and sourcemap. */
async function build(extra = [], input = dropIn.input) {
  const bundle = await rollup({ input, plugins: [...extra, ...plugins], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'iife', intro: dropIn.output.intro, sourcemap: true });
  await bundle.close();
  return output[0];
}
const gz = (chunk) => sizes(Buffer.from(chunk.code)).gzip;

/** Replaces a source file's code before the TypeScript step. */
const rewrite = (name, test, fn) => ({
  name,
  transform(code, id) {
    if (test(id)) return { code: fn(code), map: null };
  },
});
/** A widget's registration replaced by an empty module (its code is then tree-shaken away). */
const without = (...ws) =>
  rewrite(
    'without',
    (id) => ws.some((w) => id === src(`components/${w}/${w}.ts`)),
    () => 'export {};',
  );
// Every string of the English copy emptied: what the words cost. The drop-in's English arrives as JSON (rollup's `firstEnglish`).
const blank = (v) =>
  typeof v == 'string'
    ? ''
    : Array.isArray(v)
      ? v.map(blank)
      : v && typeof v == 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k == 'id' ? x : blank(x)]))
        : v;
const noCopy = rewrite(
  'no-copy',
  (id) => id === src('i18n/en.ts'),
  (c) =>
    c.replace(
      /^export const en = (.*);$/s,
      (_, json) => `export const en = ${JSON.stringify(blank(JSON.parse(json)))};`,
    ),
);
// Every css`…` emptied: what the styles cost.
const noCss = rewrite(
  'no-css',
  (id) => id.startsWith(src('')),
  (c) => c.replace(/\bcss`[^`]*`/g, 'css``'),
);

// What-if: widgets' @property/@state decorators turned into one `static properties` block per class (as base.ts does).
const noDecorators = rewrite(
  'no-decorators',
  (id) => id.startsWith(src('components/')),
  (code) => {
    if (!/@(property|state)\(/.test(code)) return code;
    const props = [];
    code = code.replace(
      /@(property|state)\(([^)]*)\)\s*((?:(?:protected|private|public|override|declare|readonly)\s+)*)(\w+)/g,
      (_, kind, args, mods, name) => {
        props.push(`${name}: ${kind == 'state' ? '{ state: true }' : args.trim() || '{}'}`);
        return `${mods}${name}`;
      },
    );
    return code
      .replace(/(class \w+ extends \w+ \{)/, `$1\n  static override properties = { ${props.join(', ')} };`)
      .replace(/import \{[^}]*\} from 'lit\/decorators\.js';\n/, '');
  },
);
// What issue 17 lets move into files loaded on first use, each removed outright (no loader counted: a lower bound
// on what the first round trip can weigh). Each rewrite must change its file, or the build stops: a renamed function
// is noticed, not measured as a saving of 0.
const cut = (name, file, ...edits) =>
  rewrite(
    name,
    (id) => id === src(file),
    (code) =>
      edits.reduce((c, [re, to]) => {
        if (!re.test(c)) throw new Error(`breakdown: ${name} no longer matches ${re} in src/${file}`);
        return c.replace(re, to);
      }, code),
  );
const checklist = 'components/emotion-checklist/emotion-checklist.component.ts';
const optional = [
  [
    "the checklist's printed note (print-notes.ts)",
    cut('no-print', 'components/emotion-checklist/print-notes.ts', [
      /export function printNote[\s\S]*$/,
      'export function printNote() {}',
    ]),
  ],
  [
    "reading the practitioner's own HTML (from-page.ts)",
    cut('no-page-html', 'i18n/from-page.ts', [
      /export const readDetails[\s\S]*$/,
      'export const readDetails = () => [];\nexport const readFieldsets = () => undefined;\n',
    ]),
  ],
  [
    'checking copy given as JSON or properties (content.ts)',
    cut(
      'no-content-checks',
      'i18n/content.ts',
      [/export const toSections = [\s\S]*?\n\n/, 'export const toSections = () => undefined;\n\n'],
      [/export const toGroups = [\s\S]*?\n\n/, 'export const toGroups = () => undefined;\n\n'],
      [/export const toMessages = [\s\S]*$/, 'export const toMessages = () => ({});\n'],
    ),
  ],
  [
    'the print and forced-colours styles (base.ts)',
    cut(
      'no-print-css',
      'styles/base.ts',
      [/ {2}@media print \{[\s\S]*?\n {2}\}\n/, ''],
      [/ {2}@media \(forced-colors: active\) \{[\s\S]*?\n {2}\}\n/, ''],
    ),
  ],
  [
    'copy to clipboard',
    cut('no-copy', checklist, [/private async _copy\(\)[\s\S]*?\n {2}\}\n/, 'private async _copy() {}\n']),
  ],
  [
    'remembering answers (`persist`)',
    cut(
      'no-persist',
      checklist,
      [/if \(changed\.has\('persist'\) && this\.persist\) \{[\s\S]*?\n {4}\}\n/, ''],
      [/if \(this\.persist\)\n[\s\S]*?local\.remove\(this\._storageKey\);/, ''],
    ),
  ],
];

// What-if: @lit/context swapped for a minimal implementation of the same context protocol (only what we use).
const MINI_CONTEXT = `// What-if: the context community protocol in a few lines (only what ser-widgets uses).
import type { ReactiveController, ReactiveElement } from 'lit';
type Cb = (v: unknown, unsubscribe?: () => void) => void;
export const createContext = <T>(key: unknown) => key as T;
class Req extends Event {
  constructor(public context: unknown, public contextTarget: Element, public callback: Cb, public subscribe?: boolean) {
    super('context-request', { bubbles: true, composed: true });
  }
}
export class ContextConsumer implements ReactiveController {
  value?: unknown;
  private _un?: () => void;
  constructor(private _h: ReactiveElement, private _o: { context: unknown; subscribe?: boolean }) {
    _h.addController(this);
  }
  hostConnected() {
    this._h.dispatchEvent(new Req(this._o.context, this._h, (v, un) => {
      if (this._un != un) this._un?.();
      this._un = un;
      this.value = v;
      this._h.requestUpdate();
    }, this._o.subscribe));
  }
  hostDisconnected() {
    this._un?.();
    this._un = undefined;
  }
}
export class ContextProvider {
  private _s = new Set<Cb>();
  value: unknown;
  constructor(private _h: HTMLElement, private _o: { context: unknown; initialValue?: unknown }) {
    this.value = _o.initialValue;
    _h.addEventListener('context-request', (e) => {
      const r = e as Req;
      if (r.context !== this._o.context || r.contextTarget == this._h) return;
      e.stopPropagation();
      const un = () => this._s.delete(r.callback);
      if (r.subscribe) this._s.add(r.callback);
      r.callback(this.value, un);
    });
  }
  setValue(v: unknown, force?: boolean) {
    if (!force && v === this.value) return;
    this.value = v;
    for (const cb of this._s) cb(v, () => this._s.delete(cb));
  }
}
export class ContextRoot {
  attach() {}
}
`;
const miniContext = (file) => ({ name: 'mini-context', resolveId: (id) => (id === '@lit/context' ? file : null) });

/** Raw minified bytes attributed to each source file, read from the sourcemap (as source-map-explorer does). */
function bytesPerSource(chunk) {
  const { sources, mappings } = chunk.map;
  const lines = chunk.code.split('\n');
  const out = new Map();
  const b64 = Object.fromEntries(
    [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
  );
  let srcIdx = 0;
  mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const c of seg) {
        const d = b64[c];
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length > 1) srcIdx += vals[1];
      segs.push([col, vals.length > 1 ? srcIdx : -1]);
    }
    const len = lines[li]?.length ?? 0;
    segs.forEach(([c, s], i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : len;
      const key = s < 0 ? '(wrapper)' : sources[s];
      out.set(key, (out.get(key) ?? 0) + end - c);
    });
  });
  return out;
}

const group = (file) => {
  const f = file.replace(/\\/g, '/');
  if (f.includes('node_modules/@lit/context')) return '@lit/context';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(f)) return 'Lit';
  const m = f.match(/src\/(.*)$/);
  if (!m) return f;
  const p = m[1];
  if (p.startsWith('components/')) return `src/${p.split('/').slice(0, 2).join('/')}/`;
  return `src/${p}`;
};

async function main() {
  for (const config of configs.slice(0, configs.indexOf(dropIn))) {
    const bundle = await rollup({
      ...config,
      plugins: config.plugins.filter((p) => p.name !== 'report'),
      onwarn: () => {},
    });
    await bundle.write(config.output);
    await bundle.close();
  }
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // Lit alone, with what our elements use of it, and Lit plus @lit/context.
  writeFileSync(
    join(tmp, 'lit.ts'),
    `import {LitElement,html,css} from 'lit';import {property,state} from 'lit/decorators.js';
class A extends LitElement{static styles=css\`:host{display:block}\`;@property() a?:string;@state() b=1;render(){return html\`<p>\${this.a}\${this.b}</p>\`}}
customElements.define('x-a',A);`,
  );
  writeFileSync(
    join(tmp, 'lit-context.ts'),
    `import {LitElement,html,css} from 'lit';import {property,state} from 'lit/decorators.js';
import {createContext,consume,provide,ContextRoot} from '@lit/context';const c=createContext<string>(Symbol('c'));
class A extends LitElement{static styles=css\`:host{display:block}\`;@property() a?:string;@consume({context:c,subscribe:true}) @state() b='';render(){return html\`<p>\${this.a}\${this.b}</p>\`}}
class P extends LitElement{@provide({context:c}) v='x'}
new ContextRoot().attach(document.documentElement);customElements.define('x-a',A);customElements.define('x-p',P);`,
  );

  writeFileSync(join(tmp, 'mini-context.ts'), MINI_CONTEXT);
  const full = await build();
  const rows = [['drop-in as built (all widgets, English copy, Lit inside)', gz(full)]];
  const lit = gz(await build([], join(tmp, 'lit.ts')));
  const litCtx = gz(await build([], join(tmp, 'lit-context.ts')));
  const skeleton = gz(await build([without(...widgets)]));
  rows.push(['Lit 3 alone (LitElement, html, css, decorators)', lit]);
  rows.push(['Lit 3 + @lit/context', litCtx]);
  rows.push(['drop-in without the three widgets (Lit, context, provider, config, i18n, base)', skeleton]);
  const marginal = [];
  for (const w of widgets)
    marginal.push([`  <ser-${w}> (its code, styles and templates)`, gz(full) - gz(await build([without(w)]))]);
  marginal.push(['  all three widgets together', gz(full) - skeleton]);
  marginal.push(['  English copy (the words in src/i18n/en.ts)', gz(full) - gz(await build([noCopy]))]);
  marginal.push(['  all CSS (base.ts and widget styles)', gz(full) - gz(await build([noCss]))]);
  const whatIf = [
    [
      'widgets declare properties with `static properties` instead of decorators',
      gz(await build([noDecorators])) - gz(full),
    ],
    [
      '@lit/context replaced by a minimal context-protocol implementation (~45 lines)',
      gz(await build([miniContext(join(tmp, 'mini-context.ts'))])) - gz(full),
    ],
    ['both', gz(await build([noDecorators, miniContext(join(tmp, 'mini-context.ts'))])) - gz(full)],
  ];

  const asOptional = [];
  for (const [what, plugin] of optional) asOptional.push([what, gz(await build([plugin])) - gz(full)]);
  const floor = gz(await build(optional.map(([, plugin]) => plugin)));

  const per = new Map();
  for (const [file, n] of bytesPerSource(full)) per.set(group(file), (per.get(group(file)) ?? 0) + n);
  rmSync(tmp, { recursive: true, force: true });

  const total = full.code.length;
  const lines = [
    '| Part | gzip -9 bytes |',
    '| --- | ---: |',
    ...rows.map(([k, v]) => `| ${k} | ${v.toLocaleString('en-US')} |`),
    '| **Removing one part saves (marginal cost):** | |',
    ...marginal.map(([k, v]) => `| ${k.trim()} | ${v.toLocaleString('en-US')} |`),
    '| **What-if builds (change in gzip bytes):** | |',
    ...whatIf.map(([k, v]) => `| ${k} | ${v > 0 ? '+' : ''}${v.toLocaleString('en-US')} |`),
    '| **What issue 17 lets load on first use, removed outright (no loader counted):** | |',
    ...asOptional.map(([k, v]) => `| ${k} | ${v.toLocaleString('en-US')} |`),
    `| all of them removed: the drop-in would weigh | ${floor.toLocaleString('en-US')} |`,
    '',
    `| Source (minified bytes, from the sourcemap; ${total.toLocaleString('en-US')} B in all) | bytes | share |`,
    '| --- | ---: | ---: |',
    ...[...per]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `| ${k} | ${v.toLocaleString('en-US')} | ${((100 * v) / total).toFixed(1)}% |`),
  ];
  const md = lines.join('\n');
  console.log(md);
  if (process.argv.includes('--write')) {
    const file = join(root, 'bench/RESULTS.md');
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* first run */
    }
    const block = `<!-- breakdown -->\n${md}\n<!-- /breakdown -->`;
    text = /<!-- breakdown -->[\s\S]*<!-- \/breakdown -->/.test(text)
      ? text.replace(/<!-- breakdown -->[\s\S]*<!-- \/breakdown -->/, block)
      : `${text}\n${block}\n`;
    writeFileSync(file, text);
    console.log(`\nwrote ${relative(root, file)}`);
  }
}

await main();
