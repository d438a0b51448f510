// `npm test`: every check, in order, each reported; the last line counts passes and failures.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const shared = '../shared';
const steps = [
  ['build', 'npm run build --silent'],
  ['type-check', 'npx tsc -p tsconfig.test.json'],
  ['lint', 'npx eslint .'],
  ['formatting', 'npx prettier --check .'],
  [
    'original copy',
    `node ${shared}/tools/check-originality.mjs ${shared}/reference/ser-source-page.txt 8 src stories examples README.md`,
    () => existsSync(`${shared}/tools/check-originality.mjs`),
  ],
  ['bundle safety', 'node test/check-bundle.mjs', () => existsSync('test/check-bundle.mjs')],
  ['spelling', 'node test/spell.mjs', () => existsSync('test/spell.mjs')],
  [
    'builder from file://',
    'node test/builder-file.mjs',
    () => existsSync('test/builder-file.mjs'),
    /^(builder from file:\/\/): (\d+) passed, (\d+) failed/,
  ],
  ['byte budget', 'node bench/size.mjs', () => existsSync('bench/size.mjs')],
  ['print', 'node test/print.mjs', null, /^(print): (\d+) passed, (\d+) failed/],
  ['browser tests', 'npx wtr', null, /^(\w+): .*?(\d+) passed, (\d+) failed/],
  ['release', 'node test/release.mjs', () => existsSync('test/release.mjs'), /^(release): (\d+) passed, (\d+) failed/],
  [
    'wordpress',
    'node test/wordpress.mjs',
    () => existsSync('/usr/bin/php'),
    /^(wordpress): (\d+) passed, (\d+) failed/,
  ],
  [
    'storybook',
    'node test/support/storybook.mjs',
    () => existsSync('test/support/storybook.mjs'),
    /^(storybook): (\d+) passed, (\d+) failed/,
  ],
  // After the two builds above; references change only through `npm run screenshots:update`.
  [
    'screenshots',
    'node test/screenshots.mjs --no-build',
    () => existsSync('test/screenshots.mjs'),
    /^(screenshots): (\d+) passed, (\d+) failed/,
  ],
  ['readme messages', 'node scripts/readme-messages.mjs --check', () => existsSync('scripts/readme-messages.mjs')],
];

const run = (cmd, pattern) =>
  new Promise((done) => {
    const child = spawn(cmd, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const counts = new Map();
    let buffer = '';
    const read = (chunk, out) => {
      out.write(chunk);
      buffer += chunk;
      const lines = buffer.split(/\r?\n|\r/);
      buffer = lines.pop();
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex
        const plain = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim();
        const m = pattern && plain.match(pattern);
        if (m) counts.set(m[1], [Number(m[2]), Number(m[3])]);
      }
    };
    child.stdout.on('data', (c) => read(c.toString(), process.stdout));
    child.stderr.on('data', (c) => read(c.toString(), process.stderr));
    child.on('close', (code) => done({ code, counts }));
  });

let passed = 0;
let failed = 0;
const summary = [];
for (const [name, cmd, when, pattern] of steps) {
  if (when && !when()) {
    summary.push(`  -    ${name}: not present`);
    continue;
  }
  console.log(`\n▶ ${name}: ${cmd}`);
  const { code, counts } = await run(cmd, pattern);
  let p = 0;
  let f = 0;
  for (const [, [a, b]] of counts) ((p += a), (f += b));
  if (!counts.size) code === 0 ? (p = 1) : (f = 1);
  if (code !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  const detail = counts.size ? ` (${[...counts].map(([k, [a, b]]) => `${k} ${a}/${a + b}`).join(', ')})` : '';
  summary.push(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${name}${detail}`);
}

console.log(`\nSummary:\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
