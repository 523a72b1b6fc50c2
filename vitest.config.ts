import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { chooseSeed, replayHint } from './tests/setup/seed.ts';

// One fast-check seed for the whole run, printed first so a run killed midway can still be
// replayed; every project hands it to its test files (tests/setup/fast-check-seed.ts).
const seed = chooseSeed(process.env);
console.log(`fast-check seed ${seed}. ${replayHint(seed)}`);

const seeded = { setupFiles: ['tests/setup/fast-check-seed.ts'], provide: { crosscheckSeed: seed } };

// Full `astro build` runs live in *.build.test.ts (the build project).
const BUILD_TESTS = ['tests/**/*.build.test.ts'];

export default defineConfig({
  test: {
    // Vitest 4.1 runs one file less than the machine has cores, so a single file at a time on
    // two: the unit project took 182 s that way and 123 s with two, on this 2-core machine.
    // The build and e2e projects still run one file at a time (fileParallelism: false).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...BUILD_TESTS, 'node_modules/**'],
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
          ...seeded,
        },
      },
      {
        test: {
          name: 'build',
          include: BUILD_TESTS,
          // Builds take both cores: one file at a time, after the unit tests (groupOrder).
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 600_000,
          hookTimeout: 600_000,
          ...seeded,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 300_000,
          hookTimeout: 600_000,
          ...seeded,
        },
      },
    ],
  },
});
