// Real-browser tests. Chromium always; Firefox and WebKit when present (see test/engines.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/engines.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'], browser: true },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: await browsers(),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
};
