// The files the drop-in loads later (locale JSON), then the one-file drop-in (Lit inside) with their hashes, then ESM.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const locales = readdirSync('src/i18n/locales').map((f) => f.replace(/\.ts$/, ''));
const ts = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false, legalComments: 'none' });
const version = (dropin = false) =>
  replace({
    preventAssignment: true,
    // A function, read when the drop-in is built: the files it loads later are hashed by then.
    values: {
      __VERSION__: JSON.stringify(pkg.version),
      __DROPIN__: String(dropin),
      __INTEGRITY__: () => JSON.stringify(integrity),
    },
  });

/** Every file the drop-in loads later, by its path beside the drop-in, with its SRI hash: `{ "locales/es.json": "sha256-…" }`. */
const integrity = {};
// sha256, not sha384: each base64 hash is incompressible, 44 characters instead of 64, and 128-bit collision resistance is plenty.
const hashed = {
  name: 'hashed',
  writeBundle(opts, bundle) {
    for (const f of Object.values(bundle))
      if (!f.fileName.endsWith('.map'))
        integrity[relative('dist', join(opts.dir, f.fileName))] = `sha256-${createHash('sha256')
          .update(f.type == 'chunk' ? f.code : f.source)
          .digest('base64')}`;
  },
};

/** The full English, as `locales/en.json` holds it: read by `firstEnglish` when the drop-in is built. */
let english;

// Languages are data: each locale module is run once here and written as JSON, so no language file is ever code.
const asJson = {
  name: 'as-json',
  buildStart: () => rmSync('dist/locales', { recursive: true, force: true }),
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type != 'chunk') continue;
      const mod = await import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
      const pack = mod.default ?? (english = mod.en);
      this.emitFile({ type: 'asset', fileName: `${chunk.name}.json`, source: JSON.stringify(pack) });
      delete bundle[chunk.fileName];
    }
  },
};

// The drop-in fetches locale files by URL instead of bundling them.
const dropinSource = {
  name: 'dropin-locale-source',
  async resolveId(id, importer) {
    if (id === './source.js' && importer?.includes('/src/i18n/')) return this.resolve('./source.dropin.ts', importer);
  },
};

// The drop-in's built-in English stops at what a reader sees first: the text behind "Learn more" and inside
// sections, the printed note's and a failed copy's (about 1.2 KB gzip) come from locales/en.json, fetched after
// the first render (src/i18n/locale.ts); the checklist waits for it before it prints or says the copy failed.
const firstEnglish = {
  name: 'first-english',
  load(id) {
    if (!id.endsWith('/src/i18n/en.ts')) return;
    const first = {
      ...english,
      cardMore: [],
      sections: english.sections.map(({ id, title }) => ({ id, title, body: [] })),
      ...Object.fromEntries(['clPrintTitle', 'clPrintFor', 'clPrintNotes', 'clCopyFail'].map((key) => [key, ''])),
    };
    return `export const en = ${JSON.stringify(first)};`;
  },
};

// Cuts in Lit's (already minified) production files: code for what the drop-in never uses or supports. Each cut must
// match exactly once, or the build fails: a Lit update that moves the code is noticed, not silently shipped whole.
const litCuts = [
  // The version registries (`litHtmlVersions` & co.) are globals the drop-in promises not to add.
  [/,?\(\w+\.\w+Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, '', 3],
  // Two misuse errors that page input cannot cause (a hand-made CSSResult, forged strings): shorter texts.
  [/throw Error\("CSSResult is not constructable[^"]*"\)/, 'throw Error("lit: css")'],
  [/throw Error\("invalid template strings array"\)/, 'throw Error("lit: html")'],
  // No css`` holds a `${…}` (test/check-bundle.mjs refuses one in src): its one string is its text, nothing to join.
  [
    /const (\w)=1===(\w)\.length\?\2\[0\]:\w\.reduce\(\(\w,\w,\w\)=>\w\+\(t=>\{if\(!0===t\._\$cssResult\$\)return t\.cssText;if\("number"==typeof t\)return t;throw Error\("Value passed to 'css' function[^)]*\)\}\)\(\w\)\+\2\[\w\+1\],\2\[0\]\);/,
    (m) => `const ${m[1]}=${m[2]}[0];`,
  ],
  // Every supported browser adopts style sheets (light-dark() needs newer ones): no <style> fallback, no ShadyCSS.
  [
    /(\w)=(\w)\.ShadowRoot&&\(void 0===\2\.ShadyCSS\|\|\2\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/,
    '$1=!0',
  ],
  // Decorator metadata: the widgets declare `static properties`. Also two fewer globals (`Symbol.metadata`, `litPropertyMetadata`).
  [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w\.litPropertyMetadata\?\?=new WeakMap;/, ''],
  [
    /const t=this\[Symbol\.metadata\];if\(null!==t\)\{const s=litPropertyMetadata\.get\(t\);if\(void 0!==s\)for\(const\[t,i\]of s\)this\.elementProperties\.set\(t,i\)\}/,
    '',
  ],
  // Only html`` templates: no svg`` or mathml``.
  [/2===(\w)\?"<svg>":3===\1\?"<math>":""/, '""'],
  [/\+\(2===(\w)\?"<\/svg>":3===\1\?"<\/math>":""\)/, ''],
  [/,2===(\w)\|\|3===\1\)\{const t=this\.el\.content\.firstChild;t\.replaceWith\(\.\.\.t\.childNodes\)\}/, ')'],
  // Class initializers are how decorators hook in: none are used.
  [/static addInitializer\(t\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(t\)\}/, ''],
  [/,void 0!==t\.l&&\(this\.l=\[\.\.\.t\.l\]\)/, ''],
  [/,this\.constructor\.l\?\.forEach\(t=>t\(this\)\)/, ''],
  // No binding inside <script>, <style>, <textarea> or <title> in any template.
  [
    /if\(y\.test\(r\.tagName\)\)\{const t=r\.textContent\.split\(o\),i=t\.length-1;if\(i>0\)\{r\.textContent=s\?s\.emptyScript:"";for\(let s=0;s<i;s\+\+\)r\.append\(t\[s\],c\(\)\),P\.nextNode\(\),d\.push\(\{type:2,index:\+\+l\}\);r\.append\(t\[i\],c\(\)\)\}\}/,
    '',
  ],
  // No binding on an element itself (`<div ${ref()}>`).
  [/else t\.startsWith\(o\)&&\(d\.push\(\{type:6,index:l\}\),r\.removeAttribute\(t\)\);/, ';'],
  [/:6===r\.type&&\(i=new Z\(h,this,t\)\)/, ':0'],
  // No directives (test/check-bundle.mjs refuses them): a value is used as it is.
  // No property sets `useDefault` (test/check-bundle.mjs refuses it in src): its bookkeeping is dead.
  [/\|\|i\.useDefault&&i\.reflect&&h===this\._\$Ej\?\.get\(t\)&&!this\.hasAttribute\(r\._\$Eu\(t,i\)\)/, ''],
  [
    /\{useDefault:i,reflect:e,wrapped:h\},r\)\{i&&!\(this\._\$Ej\?\?=new Map\)\.has\(t\)&&\(this\._\$Ej\.set\(t,r\?\?s\?\?this\[t\]\),!0!==h\|\|void 0!==r\)\|\|\(this\._\$AL\.has\(t\)\|\|\(this\.hasUpdated\|\|i\|\|\(s=void 0\)/,
    '{reflect:e}){(this._$AL.has(t)||(this.hasUpdated||(s=void 0)',
  ],
  [/this\[e\]=r\?\?this\._\$Ej\?\.get\(e\)\?\?r/, 'this[e]=r'],
  // What directives read of a part.
  [/get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/, ''],
  [/get tagName\(\)\{return this\.element\.tagName\}/, ''],
  // No declared property has its own accessor (test/components/base.test.ts checks that none is `wrapped`): no bookkeeping for them.
  [/,this\.prototype\.hasOwnProperty\(t\)&&\(\(s=Object\.create\(s\)\)\.wrapped=!0\)/, ''],
  [
    /const t=this\.constructor\.elementProperties;if\(t\.size>0\)for\(const\[s,i\]of t\)\{const\{wrapped:t\}=i,e=this\[s\];!0!==t\|\|this\._\$AL\.has\(s\)\|\|void 0===e\|\|this\.C\(s,void 0,i,e\)\}/,
    '',
  ],
  // Nothing for async directives to hear: no connection bookkeeping.
  [/,this\._\$Do\?\.setConnected\(!([01])\)/g, '', 2],
  [/this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
  [/setConnected\(t\)\{void 0===this\._\$AM&&\(this\._\$Cv=t,this\._\$AP\?\.\(t\)\)\}/, ''],
  // Hooks that let any script on the page reach into this copy of Lit (polyfills, hydration): not offered.
  [/,B=t\.litHtmlPolyfillSupport;B\?\.\(S,k\)/, ''],
  [/,p=a\.reactiveElementPolyfillSupport/, ''],
  [/,p\?\.\(\{ReactiveElement:y\}\)/, ''],
  [
    /,s\.litElementHydrateSupport\?\.\(\{LitElement:i\}\);const o=s\.litElementPolyfillSupport;o\?\.\(\{LitElement:i\}\);/,
    ';',
  ],
  // No directives (test/check-bundle.mjs refuses them): a value is used as it is.
  [
    /function M\(t,i,s=t,e\)\{if\(i===E\)return i;let h=void 0!==e\?s\._\$Co\?\.\[e\]:s\._\$Cl;const o=a\(i\)\?void 0:i\._\$litDirective\$;return h\?\.constructor!==o&&\(h\?\._\$AO\?\.\(!1\),void 0===o\?h=void 0:\(h=new o\(t\),h\._\$AT\(t,s,e\)\),void 0!==e\?\(s\._\$Co\?\?=\[\]\)\[e\]=h:s\._\$Cl=h\),void 0!==h&&\(i=M\(t,h\._\$AS\(t,i\.values\),h,e\)\),i\}/,
    'function M(t,i){return i}',
  ],
  // ... and no call to it: `M(part, value, …)` is `value`.
  [/(\w)=M\(this,\1,i(?:,0)?\),/g, '', 2],
  [/r=M\(this,e\[s\+n\],i,n\)/, 'r=e[s+n]'],
  [/\(t=M\(this,t,i,0\)\?\?A\)/, '(t??=A)'],
  // What only async directives read or set: whether a part is connected, its disconnectable children, the hook on clearing.
  [/get _\$AU\(\)\{return this\._\$AM\??\._\$AU(\?\?this\._\$Cv)?\}/g, '', 4],
  [/,this\._\$Cv=e\?\.isConnected\?\?!0/, ''],
  [/,?this\._\$AN=void 0,?/g, (m) => (m[0][0] == ',' && m[0].endsWith(',') ? ',' : ''), 4],
  [/for\(this\._\$AP\?\.\(!1,!0,s\);/, 'for(;'],
  // What directives read of a part: its type and parent node.
  [/get parentNode\(\)\{return this\._\$AM\.parentNode\}/, ''],
  [
    /get parentNode\(\)\{let t=this\._\$AA\.parentNode;const i=this\._\$AM;return void 0!==i&&11===t\?\.nodeType&&\(t=i\.parentNode\),t\}/,
    '',
  ],
  [/this\.type=[12],/g, '', 2],
  [/constructor\(\)\{super\(\.\.\.arguments\),this\.type=[34]\}/g, '', 2],
  [/constructor\(t,i,s,e,h\)\{super\(t,i,s,e,h\),this\.type=5\}/, ''],
  // Templates compiled ahead of time (`_$litType$` holding the template itself): none; no ShadyDOM `wrap`; no `creationScope`.
  [
    /"number"==typeof s\?this\._\$AC\(t\):\(void 0===s\.el&&\(s\.el=S\.createElement\(V\(s\.h,s\.h\[0\]\),this\.options\)\),s\)/,
    'this._$AC(t)',
  ],
  [/const s=i\(t\)\.nextSibling;i\(t\)\.remove\(\)/, 'const s=t.nextSibling;t.remove()'],
  [/\(t\?\.creationScope\?\?l\)\.importNode/, 'l.importNode'],
  // Nothing removes a controller.
  [/removeController\(t\)\{this\._\$EO\?\.delete\(t\)\}/, ''],
  // What the connection cuts above leave of LitElement's callbacks: ReactiveElement's own, unchanged.
  [
    /connectedCallback\(\)\{super\.connectedCallback\(\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\)\}/,
    '',
  ],
  // A flag for server rendering (`_$litElement$`): nothing here reads it.
  [/i\._\$litElement\$=!0,/, ''],
  // Declared properties are Strings or Booleans with none of `state`, `noAccessor`, `converter`, `hasChanged` (test/components/base.test.ts
  // fails if one has, and shows it can see each): the default converter for those two types, the default comparison, no own accessor.
  [
    /u=\{toAttribute\(t,s\)\{switch\(s\)\{case Boolean:t=t\?l:null;break;case Object:case Array:t=null==t\?t:JSON\.stringify\(t\)\}return t\},fromAttribute\(t,s\)\{let i=t;switch\(s\)\{case Boolean:i=null!==t;break;case Number:i=null===t\?null:Number\(t\);break;case Object:case Array:try\{i=JSON\.parse\(t\)\}catch\(t\)\{i=null\}\}return i\}\}/,
    'u={toAttribute:(t,s)=>s===Boolean?t?l:null:t,fromAttribute:(t,s)=>s===Boolean?null!==t:t}',
  ],
  [/b=\{attribute:!0,type:String,converter:u,reflect:!1,useDefault:!1,hasChanged:f\}/, 'b={}'],
  [/s\.state&&\(s\.attribute=!1\),/, ''],
  [/,!s\.noAccessor\)/, ',!0)'],
  [
    /const\{get:e,set:r\}=h\(this\.prototype,t\)\?\?\{get\(\)\{return this\[s\]\},set\(t\)\{this\[s\]=t\}\};return\{get:e,set\(s\)\{const h=e\?\.call\(this\);r\?\.call\(this,s\),this\.requestUpdate\(t,h,i\)\}/,
    'return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)}',
  ],
  [/\(void 0!==i\.converter\?\.toAttribute\?i\.converter:u\)/, 'u'],
  [
    /"function"==typeof t\.converter\?\{fromAttribute:t\.converter\}:void 0!==t\.converter\?\.fromAttribute\?t\.converter:u/,
    'u',
  ],
  [/\(i\.hasChanged\?\?f\)\(h,s\)/, 'f(h,s)'],
  // No property is keyed by a symbol, and styles are css`` results (test/components/base.test.ts), used as they are.
  [
    /s\.adoptedStyleSheets=o\.map\(t=>t instanceof CSSStyleSheet\?t:t\.styleSheet\)/,
    's.adoptedStyleSheets=o.map(t=>t.styleSheet)',
  ],
  [/s=\[\.\.\.r\(t\),\.\.\.o\(t\)\]/, 's=r(t)'],
  [/i\.unshift\(t\(s\)\)\}else void 0!==s&&i\.push\(t\(s\)\)/, 'i.unshift(s)}else void 0!==s&&i.push(s)'],
  // No element overrides `shouldUpdate` or `getUpdateComplete` (test/components/base.test.ts): their defaults, inline.
  [
    /get updateComplete\(\)\{return this\.getUpdateComplete\(\)\}getUpdateComplete\(\)\{return this\._\$ES\}/,
    'get updateComplete(){return this._$ES}',
  ],
  [
    /t=this\.shouldUpdate\(s\),t\?\((this\.willUpdate\(s\),this\._\$EO\?\.forEach\(t=>t\.hostUpdate\?\.\(\)\),this\.update\(s\))\):this\._\$EM\(\)\}/,
    't=!0,$1}',
  ],
  [/shouldUpdate\(t\)\{return!0\}/, ''],
  // Two statics Lit also names as strings: marked as property keys, so terser renames the strings with them (`litInternals`).
  [/hasOwnProperty\(d\("(elementProperties|finalized)"\)\)/g, (m) => `hasOwnProperty(/*@__KEY__*/"${m[1]}")`, 2],
  // The part LitElement keeps only for the connection calls cut above; the directive scope parameter of `_$AI`.
  [/,this\._\$Do=void 0/, ''],
  [/this\._\$Do=e\(r,/, 'e(r,'],
  [/_\$AI\(t,i=this\)/g, '_$AI(t)', 2],
  [/_\$AI\(t,i=this,s,e\)/, '_$AI(t,i,s,e)'],
  // Every attribute binding is the whole value (`id=${x}`, never `id="b-${x}"`; test/check-bundle.mjs refuses one that
  // is not): no parts of a value to join; a value is set when it changed.
  [
    /,(\w)\.length>2\|\|""!==\1\[0\]\|\|""!==\1\[1\]\?\(this\._\$AH=Array\(\1\.length-1\)\.fill\(new String\),this\.strings=\1\):this\._\$AH=A\}/,
    '}',
  ],
  [
    /_\$AI\(t,i,s,e\)\{const h=this\.strings;let o=!1;if\(void 0===h\)o=!a\(t\)\|\|t!==this\._\$AH&&t!==E,o&&\(this\._\$AH=t\);else\{[^}]*\}o&&!e&&this\.j\(t\)\}/,
    '_$AI(t){(!a(t)||t!==this._$AH&&t!==E)&&this.j(this._$AH=t)}',
  ],
  [/void 0!==s\.strings\?\(s\._\$AI\(t,s,i\),i\+=s\.strings\.length-2\):s\._\$AI\(t\[i\]\)/, 's._$AI(t[i])'],
  // ... so a part needs no strings of its value.
  [
    /s=r\.getAttribute\(t\)\.split\(o\),(e=\/\(\[\.\?@\]\)\?\(\.\*\)\/\.exec\(i\);d\.push\(\{type:1,index:l,name:e\[2\],)strings:s,/,
    '$1',
  ],
  // No binding inside a comment (`<!-- ${x} -->`; test/check-bundle.mjs refuses one): a comment is a marker or nothing.
  [
    /if\(r\.data===n\)d\.push\(\{type:2,index:l\}\);else\{let t=-1;for\(;-1!==\(t=r\.data\.indexOf\(o,t\+1\)\);\)d\.push\(\{type:7,index:l\}\),t\+=o\.length-1\}/,
    'r.data===n&&d.push({type:2,index:l});',
  ],
  // Every event binding is a function (test/check-bundle.mjs): no listener options to compare, no `handleEvent` object.
  [
    /const s=this\._\$AH,e=t===A&&s!==A\|\|t\.capture!==s\.capture\|\|t\.once!==s\.once\|\|t\.passive!==s\.passive,h=t!==A&&\(s===A\|\|e\);e&&this\.element\.removeEventListener\(this\.name,this,s\),h&&this\.element\.addEventListener\(this\.name,this,t\)/,
    'const s=this._$AH;t===A&&s!==A&&this.element.removeEventListener(this.name,this),t!==A&&s===A&&this.element.addEventListener(this.name,this)',
  ],
  [
    /"function"==typeof this\._\$AH\?this\._\$AH\.call\(this\.options\?\.host\?\?this\.element,t\):this\._\$AH\.handleEvent\(t\)/,
    'this._$AH.call(this.options.host,t)',
  ],
  // No text of <script>, <style>, <textarea> or <title> to read as raw text: none in any template holds anything.
  [/\(y\.test\(u\[2\]\)&&\(n=RegExp\("<\/"\+u\[2\],"g"\)\),c=p\)/, 'c=p'],
  [/c=n\?\?v,d=-1/, 'c=v,d=-1'],
  [/c===_\|\|c===m\?c=v:\(c=p,n=void 0\)/, 'c=v'],
  // `render()` is called only by LitElement, always with its render options.
  [/s\?\.renderBefore/g, 's.renderBefore', 2],
  [/,void 0,s\?\?\{\}\)/, ',void 0,s)'],
];

// Cuts in @lit/context's (already minified) files, as for Lit: what the widgets' two consumers and one provider never use.
const contextCuts = [
  // Options always come as one object, a consumer has no `callback`: no positional form, no "was it provided" bookkeeping;
  // `value` is read as undefined until set, as an own field or not.
  [/constructor\(t,s,i,h\)\{if\(this\.subscribe=!1,this\.provided=!1,this\.value=void 0,/, 'constructor(t,s){'],
  [/\(this\.provided=!1,this\.unsubscribe\(\)\)/, 'this.unsubscribe()'],
  [/this\.provided&&!this\.subscribe\|\|\(this\.provided=!0,this\.callback&&this\.callback\(t,s\)\),/, ''],
  [
    /,this\.host=t,void 0!==s\.context\)\{const t=s;this\.context=t\.context,this\.callback=t\.callback,this\.subscribe=t\.subscribe\?\?!1\}else this\.context=s,this\.callback=i,this\.subscribe=h\?\?!1;/,
    ',this.host=t,this.context=s.context,this.subscribe=s.subscribe??!1;',
  ],
  [/super\(void 0!==e\.context\?e\.initialValue:i\)/, 'super(e.initialValue)'],
  [/void 0!==e\.context\?this\.context=e\.context:this\.context=e/, 'this.context=e.context'],
  // The provider's host is a LitElement; its value is set only through `setValue`, never forced, never cleared of callbacks.
  [/this\.host\.addController\?\.\(this\)/, 'this.host.addController(this)'],
  [/get value\(\)\{return this\.o\}set value\(s\)\{this\.setValue\(s\)\}/, ''],
  [/setValue\(s,t=!1\)\{const i=t\|\|!/, 'setValue(s){const i=!'],
  [/\(this\.value=s\)\}addCallback/, '(this.o=s)}addCallback'],
  [/s\(this\.value(,h)?\)/g, 's(this.o$1)', 2],
  [/clearCallbacks\(\)\{this\.subscriptions\.clear\(\)\}/, ''],
];

/** Applies `cuts` to the files `files` matches; if any was read, each cut must match exactly `times` (1) times. */
const lean = (name, cuts, files) => {
  let hits = [];
  let read = false;
  return {
    name,
    buildStart() {
      hits = cuts.map(() => 0);
      read = false;
    },
    transform(code, id) {
      if (!files.test(id)) return;
      read = true;
      cuts.forEach(([re, to], i) => {
        code = code.replace(re, (...m) => {
          hits[i]++;
          return typeof to == 'function' ? to(m) : to.replace(/\$1/g, m[1] ?? '');
        });
      });
      // `map: null`: the cuts only shift columns on one line, so the incoming sourcemap still holds.
      return { code, map: null };
    },
    buildEnd() {
      const missed = cuts.filter(([, , times = 1], i) => read && hits[i] != times);
      if (missed.length)
        this.error(`${name}: these cuts no longer match as expected: ${missed.map(([re]) => re).join(', ')}`);
    },
  };
};
const litLean = lean('Lit changed', litCuts, /\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//);
const contextLean = lean('@lit/context changed', contextCuts, /\/node_modules\/@lit\/context\//);

// @lit/context's own bookkeeping, bundled whole: renamed too. Not the event fields (`context`, `contextTarget`,
// `callback`, `subscribe`) that other copies of the context protocol on the page read.
const contextInternals = [
  'provided',
  'unsubscribe',
  'subscriptions',
  'updateObservers',
  'onContextRequest',
  'onProviderRequest',
  'attachListeners',
  'dispatchRequest',
  'consumerHost',
  'disposer',
  'clearCallbacks',
  'addCallback',
];

// Lit's API for subclasses and controllers (statics, update hooks, property options, render options), used only inside
// the drop-in: renamed there too. Not what a page may use on an element (`updateComplete`, `requestUpdate`,
// `renderRoot`, `hasUpdated`, `isUpdatePending`), nor `properties`, which terser keeps as a DOM name.
const litInternals = [
  'getPropertyDescriptor',
  'getPropertyOptions',
  'createProperty',
  'finalize',
  'finalizeStyles',
  'elementStyles',
  'styles',
  'shadowRootOptions',
  'createRenderRoot',
  'renderOptions',
  'renderBefore',
  'scheduleUpdate',
  'performUpdate',
  'getUpdateComplete',
  'enableUpdating',
  'shouldUpdate',
  'willUpdate',
  'firstUpdated',
  'render',
  'addController',
  'hostConnected',
  'hostDisconnected',
  'hostUpdate',
  'hostUpdated',
  'attribute',
  'reflect',
  'converter',
  'fromAttribute',
  'toAttribute',
  'noAccessor',
  'hasChanged',
  'strings',
  'parts',
  'ctor',
  'elementProperties',
  'finalized',
  // The render options' and controllers' `host`, and what a part keeps (its element, options, index in the template).
  'host',
  'element',
  'options',
  'index',
];

const min = (renamed = contextInternals) =>
  terser({
    ecma: 2022,
    // `module`: the IIFE is strict code; `keep_fargs: false`: nothing reads a function's `length`.
    compress: {
      passes: 4,
      unsafe_arrows: true,
      unsafe_methods: true,
      pure_getters: true,
      module: true,
      keep_fargs: false,
      hoist_funs: true,
    },
    // Our non-reactive private members are named `_x`; Lit's production internals `_$AB` are bundled whole, so they are
    // renamed too; `_$litStatic$` stays so test/check-bundle.mjs can still find static-html.
    mangle: {
      properties: {
        // Names the regex picks are renamed even where terser knows them as DOM names (`unsubscribe`, in @lit/context).
        builtins: true,
        regex: new RegExp(`^(_(?!\\$litStatic\\$)[a-z$]|(${renamed.join('|')})$)`),
      },
    },
    format: { comments: false },
  });

/** Prints gzip and brotli sizes; writes the SRI hash of the drop-in beside it. */
const report = {
  name: 'report',
  writeBundle(opts, bundle) {
    for (const [name, chunk] of Object.entries(bundle)) {
      if (name.endsWith('.map')) continue;
      const buf = Buffer.from(chunk.type == 'chunk' ? chunk.code : chunk.source);
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

// Only an own global with a real version string counts: markup (<form id="SerWidgets"><input name="version">,
// <iframe name="SerWidgets"> whose cross-origin window would throw) lives on the prototype chain, not on window itself.
const guard =
  'if((v=>typeof v=="string"&&/^\\d+\\.\\d+\\.\\d/.test(v))(Object.hasOwn(window,"SerWidgets")&&window.SerWidgets.version))return void console.warn("ser-widgets is already on this page; this copy was ignored.");' +
  `window.SerWidgets={version:${JSON.stringify(pkg.version)}};`;

/** Built before the drop-in, each with `hashed`: a new kind of file loaded later is one more entry here. */
const after = [
  {
    input: { en: 'src/i18n/en.ts', ...Object.fromEntries(locales.map((l) => [l, `src/i18n/locales/${l}.ts`])) },
    output: { dir: 'dist/locales', format: 'es' },
    plugins: [ts(), asJson, hashed, report],
  },
];

export default [
  ...after,
  {
    input: 'src/drop-in.ts',
    // 'hidden': the map is still written (and released) beside the file, without a `sourceMappingURL` line in every page's download.
    output: { file: 'dist/ser-widgets.js', format: 'iife', sourcemap: 'hidden', intro: guard },
    plugins: [
      dropinSource,
      firstEnglish,
      litLean,
      contextLean,
      nodeResolve({ exportConditions: ['production'], browser: true }),
      version(true),
      // The plugin's defaults, plus unquoted attribute values (`part=base`): Lit parses them the same.
      minifyHTML({
        options: {
          minifyOptions: {
            caseSensitive: true,
            collapseWhitespace: true,
            decodeEntities: true,
            minifyCSS: { minify: true },
            removeAttributeQuotes: true,
            removeComments: true,
            removeEmptyAttributes: true,
          },
        },
      }),
      ts(),
      min([...contextInternals, ...litInternals]),
      report,
    ],
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
  // The WordPress plugin's editor script: @wordpress/* are WordPress's globals (wp.blocks, wp.blockEditor, …).
  {
    input: 'wordpress/src/editor.ts',
    external: (id) => id.startsWith('@wordpress/'),
    output: {
      file: 'dist/wordpress/editor.js',
      format: 'iife',
      globals: (id) => `wp.${id.slice(11).replace(/-(\w)/g, (_, c) => c.toUpperCase())}`,
    },
    plugins: [ts(), min()],
  },
];
