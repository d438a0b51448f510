import { defineMain } from '@storybook/web-components-vite/node';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'vite';

const prod = (conditions?: string[]) => conditions?.filter((c) => !c.startsWith('development'));

/**
 * Lit ships a `development` build that logs a dev-mode warning. Storybook adds Vite's
 * `development|production` condition after viteFinal, so it is removed here, in every environment.
 */
const litProduction: Plugin = {
  name: 'ser:lit-production',
  enforce: 'post',
  config(config) {
    if (config.resolve) config.resolve.conditions = prod(config.resolve.conditions);
  },
  configEnvironment(_name, env) {
    if (env.resolve) env.resolve.conditions = prod(env.resolve.conditions);
  },
};

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the .mdx docs pages.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  // Offline and private: no telemetry, no crash reports, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // Class fields as Lit expects them without decorators come from tsconfig.json (useDefineForClassFields: false).
  viteFinal: (config) => {
    config.resolve = { ...config.resolve, conditions: ['module', 'browser', 'production'] };
    config.plugins = [...(config.plugins ?? []), litProduction];
    // One pre-bundled copy of Lit in the dev server: Storybook's renderer imports lit/directive-helpers.js too.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'lit/directives/ref.js',
        '@lit/context',
      ],
    };
    // Storybook's own bundles are large by nature; only real problems should reach the build log.
    config.logLevel = 'warn';
    config.build = {
      ...config.build,
      chunkSizeWarningLimit: 4096,
      // Timing hints depend on machine load, not on the project: keep them out of the log.
      rolldownOptions: { ...config.build?.rolldownOptions, checks: { bundlerTimings: false } },
    };
    return config;
  },
});
