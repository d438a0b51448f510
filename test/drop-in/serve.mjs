// Test-server routes for the drop-in suite: pages with real response headers (CSP), and a second URL for the bundle.

/** The page shell: spy.js runs first (an external file, so it also runs under `script-src 'self'`). */
const shell = ({ lang = 'en', dir = 'ltr', head = '', body = '' }) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>fixture</title>` +
  `<script src="/test/drop-in/fixtures/spy.js"></script>${head}</head><body>${body}</body></html>`;

/**
 * `/__page?body=…&head=…&csp=…&lang=…&dir=…` answers a page built from the query, with `csp` as a real
 * Content-Security-Policy header; `/cdn2/…` serves `/dist/…` again under another URL (a second copy of the library).
 */
export const dropInPages = async (ctx, next) => {
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
