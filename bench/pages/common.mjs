// What every benchmark page shares: the document shell, the in-page probe, and the content taken from the English copy.

/** HTML-escapes text (the copy is ours, but the pages should still be well-formed). */
export const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The English copy with `{name}` filled in as the widgets show it by default. */
export function content(en) {
  const name = en.practitioner;
  const fill = (s) => String(s).replaceAll('{name}', name);
  const deep = (v) =>
    typeof v == 'string'
      ? fill(v)
      : Array.isArray(v)
        ? v.map(deep)
        : v && typeof v == 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]))
          : v;
  return deep(en);
}

/** A long checklist: `count` items in groups of 20, labels and hints cycling through the English ones. */
export function bigGroups(m, count = 200) {
  const pool = m.groups.flatMap((g) => g.items);
  const groups = [];
  for (let i = 0; i < count; i++) {
    const g = Math.floor(i / 20);
    if (!groups[g])
      groups[g] = { id: `g${g}`, legend: `${m.groups[g % m.groups.length].legend} (${g + 1})`, items: [] };
    const it = pool[i % pool.length];
    groups[g].items.push({ id: `i${i}`, label: `${it.label} ${i + 1}`, ...(it.hint && { hint: it.hint }) });
  }
  return groups;
}

/**
 * Runs last in every page: waits until the library says everything is rendered, then for the next frame to be
 * painted, and publishes the times on `window.__bench`. Also times each click to the paint after it.
 * The harness waits on promises (`__rendered`, `__clicked`) rather than polling, which would add main-thread work.
 */
export const probe = (ready) => `<script type="module">
let pending = false;
addEventListener('click', (e) => {
  if (pending) return;
  pending = true;
  const t0 = e.timeStamp;
  requestAnimationFrame(() => setTimeout(() => { pending = false; (window.__clicks ||= []).push(performance.now() - t0); window.__clicked?.(); }));
}, true);
try { ${ready} } catch (e) { window.__benchError = String(e && e.stack || e); }
const ready = performance.now();
requestAnimationFrame(() => setTimeout(() => { window.__bench = { ready, painted: performance.now() }; window.__rendered?.(); }));
</script>`;

/** The document around a page's body. */
export const page = ({ head = '', body, ready = '', htmlAttrs = '', bodyAttrs = '' }) =>
  `<!doctype html>
<html lang="en" ${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ser-widgets benchmark</title>
${head}
</head>
<body ${bodyAttrs}>
${body}
${probe(ready)}
</body>
</html>`;

/** How many copies of each widget: ids stay unique across copies. */
export const repeat = (n, fn) => Array.from({ length: n }, (_, i) => fn(i)).join('\n');
