// Real-browser tests. Chromium always; Firefox and WebKit when present (see test/support/engines.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { dropInPages } from './test/support/drop-in/serve.mjs';
import { browsers, engineCommands } from './test/support/engines.mjs';
import { rawDropIn } from './test/support/raw-dropin.mjs';
import { releaseRoutes } from './test/support/release-route.mjs';
import { mediaFeatures } from './test/support/media-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'], browser: true },
  // Fixture pages with real CSP headers, and a second URL for the bundle (test/drop-in/).
  // The drop-in byte for byte, so its SRI hash matches (test/builder.test.ts).
  // The builder beside a release zip, or none (test/support/release-route.mjs).
  middleware: [releaseRoutes, dropInPages, rawDropIn],
  // engineCommands: keys and viewport for Firefox and WebKit where the standard commands fall short.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    mediaFeatures(),
    engineCommands(),
  ],
  browsers: await browsers(),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
};
