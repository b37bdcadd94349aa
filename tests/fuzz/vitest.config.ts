// `npm run fuzz`: the seeded campaign of tests/fuzz/campaign.fuzz.ts (minutes, not part of npm test).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/fuzz/**/*.fuzz.ts'],
    testTimeout: 4 * 3600_000,
    pool: 'forks',
  },
});
