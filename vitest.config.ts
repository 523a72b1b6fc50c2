import { defineConfig } from 'vitest/config';
import { chooseSeed, replayHint } from './tests/setup/seed.ts';

// One fast-check seed for the whole run, printed first so a run killed midway can still be
// replayed; every project hands it to its test files (tests/setup/fast-check-seed.ts).
const seed = chooseSeed(process.env);
console.log(`fast-check seed ${seed}. ${replayHint(seed)}`);

const seeded = { setupFiles: ['tests/setup/fast-check-seed.ts'], provide: { crosscheckSeed: seed } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
          ...seeded,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          ...seeded,
        },
      },
    ],
  },
});
