import { defineConfig } from 'vitest/config';

// The browser tests (a headless chromium, several processes of its own) run after the others, not
// beside them: on two cores they slowed the timed tests next to them past their bounds.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*-browser.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'browser', include: ['tests/**/*-browser.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
