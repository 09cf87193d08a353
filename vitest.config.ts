import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src`, import.meta.url));

// Tests run against the TypeScript sources (same mapping as tsconfig "paths"), so no
// build is needed before `npm test`.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@flatrender\/sdk$/, replacement: `${src('sdk')}/index.ts` },
      { find: /^@flatrender\/server$/, replacement: `${src('server')}/index.ts` },
      { find: /^@flatrender\/templates$/, replacement: `${src('templates')}/index.ts` },
      { find: /^@flatrender\/(sdk|server|templates)\/(.*)$/, replacement: `${src('$1')}/$2` },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/test/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: render-heavy files must not all start Chromium at once.
    maxWorkers: 2,
    pool: 'forks',
  },
});
