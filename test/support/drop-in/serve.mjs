// Test-server routes for the drop-in suite: pages with real response headers (CSP), and a second URL for the bundle.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../../dist');

/** The page shell: spy.js runs first (an external file, so it also runs under `script-src 'self'`). */
const shell = ({ lang = 'en', dir = 'ltr', head = '', body = '' }) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>fixture</title>` +
  `<script src="/test/support/drop-in/fixtures/spy.js"></script>${head}</head><body>${body}</body></html>`;

/**
 * `/__page?body=…&head=…&csp=…&lang=…&dir=…` answers a page built from the query, with `csp` as a real
 * Content-Security-Policy header; `/cdn2/…` serves `/dist/…` again under another URL (a second copy of the library).
 */
export const dropInPages = async (ctx, next) => {
  // Language files byte for byte (as a host or CDN serves them), readable from any origin as a CDN's are.
  if (/^\/dist\/locales\/\w+\.json$/.test(ctx.path)) {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'json';
    ctx.body = await readFile(`${dist}${ctx.path.slice(5)}`);
    return;
  }
  // `/tampered/`: the drop-in, beside a locales/es.json with one byte changed and an old-style locales/es.js (code).
  // `/tampered-en/`: the drop-in, beside a locales/en.json with one byte changed.
  // `/slow/`: the drop-in, whose locales/en.json arrives after 3 s.
  // `/moved/`: the drop-in, whose locales/es.json redirects to the right bytes on another origin.
  // Any other language file there is the released one.
  // An optional `run<N>/` segment gives a test its own URLs, so nothing a browser kept from another test answers it.
  const hostile = /^\/(tampered|tampered-en|slow|moved)\/(?:run\d+\/)?(.*)$/.exec(ctx.path);
  if (hostile) {
    const [, kind, file] = hostile;
    ctx.set('Cache-Control', 'no-store');
    if (file == 'ser-widgets.js') {
      ctx.type = 'js';
      ctx.body = await readFile(`${dist}/ser-widgets.js`);
    } else if (file == 'locales/es.js') {
      ctx.type = 'js';
      ctx.body = 'window.pwned = "locales/es.js ran"; export default {};';
    } else if (file == 'locales/es.json' && kind == 'tampered') {
      const bytes = await readFile(`${dist}/locales/es.json`);
      const at = bytes.indexOf('SomatoEmocional');
      bytes[at] = 's'.charCodeAt(0); // "Somato…" becomes "somato…": one byte, still valid JSON
      ctx.type = 'json';
      ctx.body = bytes;
    } else if (file == 'locales/en.json' && kind == 'tampered-en') {
      const bytes = await readFile(`${dist}/locales/en.json`);
      const at = bytes.indexOf('padded table');
      bytes[at] = 'P'.charCodeAt(0); // one byte, still valid JSON
      ctx.type = 'json';
      ctx.body = bytes;
    } else if (file == 'locales/es.json' && kind == 'moved') {
      // localhost and 127.0.0.1 are two origins of this one server.
      const other = ctx.host.replace(/^(localhost|127\.0\.0\.1)/, (h) =>
        h == 'localhost' ? '127.0.0.1' : 'localhost',
      );
      ctx.redirect(`${ctx.protocol}://${other}/dist/locales/es.json`);
    } else if (/^locales\/\w+\.json$/.test(file)) {
      if (kind == 'slow' && file == 'locales/en.json') await new Promise((r) => setTimeout(r, 3000));
      ctx.type = 'json';
      ctx.body = await readFile(`${dist}/${file}`);
    } else ctx.status = 404;
    return;
  }
  if (ctx.path.startsWith('/cdn2/')) {
    ctx.url = ctx.url.replace('/cdn2/', '/dist/');
    return next();
  }
  if (ctx.path !== '/__page') return next();
  const q = ctx.query;
  const one = (k) => (typeof q[k] == 'string' ? q[k] : undefined);
  if (one('csp')) ctx.set('Content-Security-Policy', one('csp'));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = shell({ lang: one('lang'), dir: one('dir'), head: one('head'), body: one('body') });
};
