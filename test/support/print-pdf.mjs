// Tooling for test/print.mjs: the example server as `npm start` runs it, and a page's printed text.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts examples/serve.mjs on a free port from 8300 up; resolves to its origin and a stop function. */
export function serveExamples(root) {
  const child = spawn(process.execPath, ['examples/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(8300 + (process.pid % 500)) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('examples/serve.mjs did not start within 10 s')), 10000);
    child.stdout.on('data', (d) => {
      const port = /localhost:(\d+)/.exec((out += d))?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`examples/serve.mjs exited with code ${code}`)));
  });
}

/** Whether poppler's pdftotext is on this machine (Debian: poppler-utils). */
export const hasPdftotext = () => spawnSync('pdftotext', ['-v']).status === 0;

/** What printing the page puts on paper, as text (A4, the browser's defaults: no background graphics), whitespace folded. */
export async function printedText(page) {
  const pdf = await page.pdf({ format: 'A4' });
  const dir = mkdtempSync(join(tmpdir(), 'ser-print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return fold(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace folded to single spaces, so a paragraph matches however the page broke its lines. */
export const fold = (text) => text.replace(/\s+/g, ' ').trim();
