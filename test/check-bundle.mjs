// Fails if the built drop-in could break a strict CSP or Trusted Types page: no unsafe Lit directives, no eval,
// no inline style attributes, no Lit dev mode; or if src has a binding the drop-in's Lit was built without;
// or if a file it loads later is missing from its hash list or changed. Run after `npm run build`: `node test/check-bundle.mjs [bundle]`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const bundle = process.argv[2] ?? join(root, 'dist/ser-widgets.js');
if (!existsSync(bundle)) {
  console.error(`check-bundle: ${relative(root, bundle)} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const code = readFileSync(bundle, 'utf8');

/** [what is banned, pattern in the minified bundle, why]. Lit keeps directive names in production builds. */
const bundleRules = [
  ['unsafeHTML', /unsafeHTML/, 'renders a string as HTML'],
  ['unsafeSVG', /unsafeSVG/, 'renders a string as SVG'],
  ['unsafeMathML', /unsafeMathML/, 'renders a string as MathML'],
  ['unsafeStatic / static-html', /_\$litStatic\$/, 'interpolates strings into template markup'],
  ['eval(', /(?<![\w$.])eval\s*\(/, "needs 'unsafe-eval'"],
  ['new Function', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/, "needs 'unsafe-eval'"],
  ['string timers', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, "needs 'unsafe-eval'"],
  ['inline style= in a template', /<[a-z][\w-]*\b[^<>`]*?\sstyle\s*=/i, "blocked without 'unsafe-inline'"],
  ['setAttribute("style")', /setAttribute\(\s*["'`]style["'`]/, "blocked without 'unsafe-inline'"],
  ['styleMap', /styleMap/, "its first render writes a style attribute, blocked without 'unsafe-inline'"],
  ['document.write', /document\.write/, 'blocked by Trusted Types and breaks async loading'],
  [
    'Lit dev mode',
    /Lit is in dev mode|reactive-element\.dev|lit-html\.dev/,
    'the development build warns and is larger',
  ],
];

/** The same rules on the sources, to point at the file and line (styleMap and style= in `html` templates). */
const sourceRules = [
  ['unsafeHTML / unsafeSVG / unsafeStatic', /\bunsafe(?:HTML|SVG|MathML|Static)\b/],
  ['styleMap', /\bstyleMap\b/],
  ['eval / new Function', /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(/],
  ['inline style= in a template', /<[a-z][\w-]*\b[^<>`]*?\sstyle\s*=/i],
  // The drop-in's Lit is built without them (rollup.config.mjs, `litCuts`): they would silently do nothing there.
  [
    'a Lit directive, svg`` or mathml``',
    /from 'lit\/(?:directives?\/|directive|async-directive|static-html)|\b(?:svg|mathml)`/,
  ],
  ['the `useDefault` property option', /\buseDefault\b/],
  // rollup.config.mjs renames these Lit internals everywhere in the drop-in, DOM properties of the same name included.
  [
    'a property the drop-in renames (`.host`, `.element`, `.options`, `.index`, `.unsubscribe`: renamed by terser)',
    /(?<!\.)\.\s*(?:host|element|options|index|unsubscribe)\b/,
  ],
];

const files = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
  });

let passed = 0;
const failed = [];
for (const [what, re, why] of bundleRules) {
  const m = re.exec(code);
  if (!m) {
    passed++;
    continue;
  }
  const around = code.slice(Math.max(0, m.index - 40), m.index + 60).replace(/\s+/g, ' ');
  failed.push(`${relative(root, bundle)} contains ${what} (${why}): …${around}…`);
}
for (const [what, re] of sourceRules) {
  const hits = files(join(root, 'src')).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        re.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line) ? [`${relative(root, f)}:${i + 1}`] : [],
      ),
  );
  if (hits.length) failed.push(`src uses ${what}: ${hits.join(', ')}`);
  else passed++;
}

/**
 * Each binding in an html`` template of `source` that the drop-in's Lit cannot fill (rollup.config.mjs, `litCuts`), as
 * `file:line`: one that fills only part of an attribute's value (`id="b-${x}"`, two in one value), one inside a
 * comment or in the text of <script>, <style>, <textarea> or <title> (which must stay empty), or an event binding
 * that is not a function (a `handleEvent` object, listener options, `nothing`). There it would show the wrong value
 * or none, or not listen.
 */
export const unsupportedBindings = (file, source) => {
  const out = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() == 'html' && ts.isTemplateExpression(node.template)) {
      const { head, templateSpans } = node.template;
      const strings = [head.text, ...templateSpans.map((s) => s.literal.text)];
      const line = (at) => `${file}:${sf.getLineAndCharacterOfPosition(at).line + 1}`;
      // <script>, <style>, <textarea> and <title> stay empty: the drop-in's Lit does not read their text as raw text.
      if (/<(script|style|textarea|title)\b[^>]*>(?!<\/\1>)/i.test(strings.join('\0'))) out.push(line(node.getStart()));
      // Where each static string leaves off: in a tag or not, and in which quote of an attribute value.
      let inTag = false;
      let quote = '';
      strings.slice(0, -1).forEach((text, i) => {
        for (let c = 0; c < text.length; c++) {
          const ch = text[c];
          if (quote) quote = ch == quote ? '' : quote;
          else if (!inTag) inTag = ch == '<' && /[a-z/]/i.test(text[c + 1] ?? '');
          else if (ch == '>') inTag = false;
          else if ((ch == '"' || ch == "'") && text[c - 1] == '=') quote = ch;
        }
        const before = strings.slice(0, i + 1).join('');
        const next = strings[i + 1];
        let fine;
        if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) fine = false;
        else if (/<(script|style|textarea|title)\b[^>]*>(?![\s\S]*<\/\1)[\s\S]*$/i.test(before)) fine = false;
        // In a tag: an attribute's value, whole only from its `=` (and quote) to its end.
        else if (quote) fine = text.endsWith(`=${quote}`) && next.startsWith(quote);
        else if (inTag) fine = /=$/.test(text) && /^([\s>]|\/>|$)/.test(next);
        else fine = true;
        // An event binding is a function: an arrow function or one of the element's methods (`this._onKeydown`).
        const expr = templateSpans[i].expression;
        if (inTag && /@[\w-]+=["']?$/.test(text))
          fine &&=
            ts.isArrowFunction(expr) ||
            (ts.isPropertyAccessExpression(expr) && expr.expression.kind == ts.SyntaxKind.ThisKeyword);
        if (!fine) out.push(line(templateSpans[i].getStart()));
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
};

// Every binding in src is one the drop-in's Lit fills; the check itself sees each kind it refuses.
const unsupported = files(join(root, 'src')).flatMap((f) =>
  unsupportedBindings(relative(root, f), readFileSync(f, 'utf8')),
);
if (unsupported.length) failed.push(`src has a binding the drop-in's Lit cannot fill: ${unsupported}`);
else passed++;
const sample = [
  'html`<a id=${a} class="x ${b}" title="${c}" href=${d}y><p>${e} > ${f}</p><b ?hidden=${g}>`',
  'html`<!-- ${h} --><p>${i}</p>`',
  'html`<textarea .value=${j}>${k}</textarea>`',
  'html`<style>a{}</style><textarea .value=${l}></textarea>`',
  'html`<b @click=${this._k} @input=${() => m} @focus=${{ handleEvent: n }} @blur=${o ? p : nothing}>`',
].join('\n');
// Lines 1 (two), 2, 3 (the binding and the text), 4, 5 (two).
const refused = [1, 1, 2, 3, 3, 4, 5, 5].map((n) => `sample.ts:${n}`).join();
if (unsupportedBindings('sample.ts', sample).sort().join() == refused) passed++;
else failed.push(`the binding check missed one it must refuse in ${sample}`);

// The drop-in's Lit takes a css`` as its one string (rollup.config.mjs, `litCuts`): a `${…}` inside one would be left out.
export const cssWithValues = (file, source) =>
  [...source.matchAll(/\bcss`([^`]*)`/g)]
    .filter((m) => m[1].includes('${'))
    .map((m) => `${file}:${source.slice(0, m.index).split('\n').length}`);
const joined = files(join(root, 'src')).flatMap((f) => cssWithValues(relative(root, f), readFileSync(f, 'utf8')));
if (joined.length) failed.push(`src has a css\`\` with a \${…} inside, which the drop-in's Lit leaves out: ${joined}`);
else passed++;
const cssSample = 'css`a{color:red}`\ncss`b{color:${c}}`';
if (cssWithValues('sample.ts', cssSample).join() == 'sample.ts:2') passed++;
else failed.push(`the css check missed the value in ${cssSample}`);

// The hash list built into the drop-in: each file beside it that it loads later, with that file's own hash.
const hashes = Object.fromEntries(
  [...code.matchAll(/"([\w/.-]+)":"(sha(?:256|384|512))-([\w+/]+=*)"/g)].map((m) => [m[1], [m[2], m[3]]]),
);
const beside = dirname(bundle);
const languages = existsSync(join(beside, 'locales'))
  ? readdirSync(join(beside, 'locales')).filter((f) => f.endsWith('.json'))
  : [];
if (!languages.length) failed.push(`no locales/*.json beside ${relative(root, bundle)}`);
for (const f of languages.map((n) => `locales/${n}`))
  if (!hashes[f]) failed.push(`${f} is not in the drop-in's hash list: the drop-in would refuse it`);
  else passed++;
for (const [f, [alg, want]] of Object.entries(hashes)) {
  const file = join(beside, f);
  const got = existsSync(file) && createHash(alg).update(readFileSync(file)).digest('base64');
  if (got === want) passed++;
  else
    failed.push(
      `${f}: ${got ? 'its bytes do not match the hash in the drop-in' : 'listed in the drop-in but missing'}`,
    );
}

// The drop-in's English stops at what a reader sees first; locales/en.json holds the rest (src/i18n/locale.ts).
const enJson = join(beside, 'locales/en.json');
const english = existsSync(enJson) ? JSON.parse(readFileSync(enJson, 'utf8')) : {};
const later = [...(english.cardMore ?? []), ...(english.sections ?? []).flatMap((x) => [...x.body, ...(x.list ?? [])])];
if (!english.cardMore?.length || !english.sections?.every((x) => x.body.length))
  failed.push('locales/en.json lacks the English text behind "Learn more" or in sections');
else if (later.some((t) => code.includes(t.slice(0, 40))))
  failed.push('the drop-in still carries English text that locales/en.json holds');
else passed++;

for (const f of failed) console.error(`✗ ${f}`);
console.log(`check-bundle: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
