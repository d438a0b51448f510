// Test-server route: the drop-in is served byte for byte, as a host or CDN would serve it, so the
// build's SRI hash (dist/ser-widgets.sri.txt) holds in tests; the esbuild plugin would otherwise reformat it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const file = resolve(import.meta.dirname, '../../dist/ser-widgets.js');

export const rawDropIn = async (ctx, next) => {
  if (ctx.path !== '/dist/ser-widgets.js') return next();
  ctx.type = 'js';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await readFile(file);
};
