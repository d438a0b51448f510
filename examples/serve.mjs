// `npm start`: serves the repository (examples/ and dist/) on localhost, with no dependencies.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.zip': 'application/zip',
};
// release/: the zip `npm run release` writes, which the builder offers as "Download the files (zip)".
const allowed = ['/examples/', '/dist/', '/release/'];
const sriFile = join(root, 'dist/ser-widgets.sri.txt');
// Example pages carry integrity="__SRI__": the hash of the build being served goes there.
const withSri = (html) =>
  existsSync(sriFile) ? html.replaceAll('__SRI__', readFileSync(sriFile, 'utf8').trim()) : html;

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') path = '/examples/index.html';
  if (path.endsWith('/')) path += 'index.html';
  const file = join(root, normalize(path));
  let ok = file.startsWith(root) && allowed.some((p) => path.startsWith(p));
  try {
    ok &&= statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  // The drop-in's recommended policy: scripts and styles only from this origin.
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  if (extname(file) === '.html') res.end(withSri(readFileSync(file, 'utf8')));
  else createReadStream(file).pipe(res);
});

const want = Number(process.env.PORT) || 8080;
const start = (port) => {
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE' && port < want + 20) start(port + 1);
    else throw e;
  });
  server.listen(port, '127.0.0.1');
};
server.on('listening', () => {
  const { port } = server.address();
  console.log(`\n  Example practitioner page: http://localhost:${port}/examples/index.html`);
  console.log(`  Snippet builder:           http://localhost:${port}/examples/builder.html`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const zip = existsSync(join(root, `release/ser-widgets-${version}.zip`));
  console.log(
    `  Release zip:               ${zip ? 'offered by the builder when it matches this build' : 'none (npm run release makes one; the builder then offers it)'}\n`,
  );
});
start(want);
