/**
 * One fast-check seed per test run, so any failing property can be replayed: chosen once in
 * vitest.config.ts (from CROSSCHECK_SEED, or at random), handed to every test file through
 * vitest's `provide`, and named in the failure message with the command that replays it.
 */
import fc from 'fast-check';

/** The environment variable that replays a run: `CROSSCHECK_SEED=<seed> npm test`. */
export const SEED_ENV = 'CROSSCHECK_SEED';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fast-check seed of this run (see tests/setup/seed.ts). */
    crosscheckSeed: number;
  }
}

/**
 * The seed from `env[SEED_ENV]` when set (a 32-bit integer, as fast-check prints it), or a
 * random one. A malformed value is an error rather than a silently different run.
 */
export function chooseSeed(env: Record<string, string | undefined>, random: () => number = Math.random): number {
  const raw = env[SEED_ENV]?.trim();
  if (raw === undefined || raw === '') return (random() * 2 ** 32) | 0;
  const seed = Number(raw);
  if (!/^-?\d+$/.test(raw) || seed !== (seed | 0)) {
    throw new Error(`${SEED_ENV}=${JSON.stringify(raw)} is not a seed: give the integer a failing property printed (between -2147483648 and 2147483647).`);
  }
  return seed;
}

/** The line that says how to run the same cases again. */
export const replayHint = (seed: number) => `Replay with ${SEED_ENV}=${seed} npm test (add -- <file> for one file).`;

/**
 * fast-check's own failure report (counterexample, `{ seed, path }`, shrinks) followed by the
 * replay line; the property's error stays attached as the cause, as fast-check attaches it.
 */
export function reportWithReplay(seed: number): <Ts>(details: fc.RunDetails<Ts>) => void {
  return (details) => {
    if (!details.failed) return;
    throw new Error(`${fc.defaultReportMessage(details)}\n\n${replayHint(seed)}`, { cause: details.errorInstance });
  };
}

/** Every fc.assert/fc.check in the calling test file starts from `seed`. */
export function useSeed(seed: number): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, reporter: reportWithReplay(seed) });
}
