import { defineConfig } from 'vitest/config';

// `unit` needs no browser and runs in `npm test`; `e2e` drives Debian's
// Chromium and runs in `npm run test:e2e`. Both build the real site once,
// before their first test file, and share that build (tests/support/build-site.ts).
const globalSetup = ['tests/support/global-build.ts'];
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, globalSetup } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, globalSetup, pool: 'forks', poolOptions: { forks: { singleFork: true } } } },
    ],
  },
});
