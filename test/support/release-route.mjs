// Test-server routes for the builder's "Download the files (zip)" link: the builder and the build under
// /with-zip/, /old-zip/ and /no-zip/, each beside its own release/ folder: a zip of this build (with its
// drop-in's hash beside it, as `npm run release` writes), a zip of another build, and none.
// The repository's own release/ folder is never served, so a zip left there by `npm run release` changes no test.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** An empty zip archive (its end record only): enough to be downloaded. */
const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

export const releaseRoutes = async (ctx, next) => {
  if (ctx.path.startsWith('/release/')) return void (ctx.status = 404);
  const route = /^\/(with-zip|old-zip|no-zip)\/(examples|dist|release)\/(.+)$/.exec(ctx.path);
  if (!route) return next();
  const [, kind, folder, file] = route;
  ctx.set('Cache-Control', 'no-store');
  if (folder != 'release') {
    // The builder and the build themselves, through the routes that serve them byte for byte.
    ctx.url = `/${folder}/${file}`;
    return next();
  }
  const { version } = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));
  if (kind == 'no-zip') return void (ctx.status = 404);
  if (file == `ser-widgets-${version}.zip`) {
    ctx.type = 'application/zip';
    ctx.body = emptyZip;
  } else if (file == `ser-widgets-${version}.sri.txt`) {
    const hash = (await readFile(`${root}/dist/ser-widgets.sri.txt`, 'utf8')).trim();
    ctx.type = 'text/plain';
    ctx.body = kind == 'with-zip' ? `${hash}\n` : `sha384-${'A'.repeat(64)}\n`;
  } else ctx.status = 404;
};
