// Tooling for test/release.mjs: unzip a release into an empty folder, serve that folder as a practitioner's
// site would, and read the copy a language file holds.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';

/** Unzips into a new temp folder; returns the folder and the zip's entry names (refuses paths that leave it). */
export function unzipInto(zipFile) {
  const dir = mkdtempSync(join(tmpdir(), 'ser-release-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const entries = unzipSync(readFileSync(zipFile));
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  for (const name of names) {
    const path = resolve(dir, name);
    if (!path.startsWith(dir + sep)) throw new Error(`zip entry leaves its folder: ${name}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entries[name]);
  }
  return { dir, names };
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on loopback as a plain static host. `pages` maps a path to HTML written on the fly (the blank
 * page with the pasted snippet); `tamper` adds one byte to ser-widgets.js, as a swapped file would.
 * Every request is logged with its status in `requests`.
 */
export async function serve(dir, { pages = {}, tamper = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, type, body) => {
      requests.push({ path, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    };
    if (pages[path]) return send(200, types['.html'], pages[path]);
    // Asked for by the browser, not by the page: a real site has its own.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file)) return send(404, 'text/plain', 'Not found');
    let body = await readFile(file);
    if (tamper && path.endsWith('/ser-widgets.js')) body = Buffer.concat([body, Buffer.from('\n')]);
    send(200, types[extname(file)] ?? 'application/octet-stream', body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    close: () => {
      // The browser keeps idle connections open; close() alone would wait for them.
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}

/** A blank page, as a site builder makes one, with the snippet pasted into its body. */
export const blankPage = (snippet) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>My practice</title></head>\n<body>\n<h1>My practice</h1>\n${snippet}</body>\n</html>\n`;

/** The messages of one language, read from the sources (not through the drop-in under test). */
export async function messagesFrom(root, lang) {
  const json = join(root, `src/i18n/locales/${lang}.json`);
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8'));
  const entry = lang === 'en' ? join(root, 'src/i18n/en.ts') : join(root, `src/i18n/locales/${lang}.ts`);
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return Object.values(mod).find((v) => v && typeof v === 'object' && 'cardHeading' in v);
}
