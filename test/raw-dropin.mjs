// Test-server route: the drop-in and its feature files are served byte for byte, as a host or CDN would serve
// them, so the build's hashes hold in tests (dist/ser-widgets.sri.txt, and the ones the drop-in carries for
// dist/features/); the esbuild plugin would otherwise reformat them.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');

export const rawDropIn = async (ctx, next) => {
  if (ctx.path !== '/dist/ser-widgets.js' && !/^\/dist\/features\/[\w-]+\.js$/.test(ctx.path)) return next();
  ctx.type = 'js';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await readFile(resolve(dist, ctx.path.slice('/dist/'.length)));
};

/**
 * `/tampered/byte/…` and `/tampered/payload/…` serve the drop-in as built beside feature files that are not:
 * one byte changed, or a line of code appended (it would set `window.pwned`). The drop-in must refuse both.
 */
export const tamperedFeatures = async (ctx, next) => {
  const m = /^\/tampered\/(byte|payload)\/(ser-widgets\.js|features\/[\w-]+\.js)$/.exec(ctx.path);
  if (!m) return next();
  let body = await readFile(resolve(dist, m[2]));
  if (m[2].startsWith('features/')) {
    if (m[1] == 'byte') {
      body = Buffer.from(body);
      // One letter of a warning's text: still valid code, no longer the file that was hashed.
      body[body.indexOf('not valid')] = 'N'.charCodeAt(0);
    } else body = Buffer.concat([body, Buffer.from('\nwindow.pwned = "feature";\n')]);
  }
  ctx.type = 'js';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
};
