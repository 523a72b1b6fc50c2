/** The run's fast-check seed: chosen once, honoured by every property, named when one fails. */
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { SEED_ENV, chooseSeed, reportWithReplay } from './seed.ts';

const seed = inject('crosscheckSeed');

/** The values a property sees over 20 runs, with the global settings plus `extra`. */
function seen(extra: fc.Parameters<[string]> = {}): string[] {
  const values: string[] = [];
  fc.assert(
    fc.property(fc.string(), (s) => {
      values.push(s);
    }),
    { numRuns: 20, ...extra },
  );
  return values;
}

/** The error `run` throws; fails the test when it throws none. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('chooseSeed', () => {
  it(`takes ${SEED_ENV} when set, including negative values fast-check prints`, () => {
    expect(chooseSeed({ [SEED_ENV]: '12345' })).toBe(12345);
    expect(chooseSeed({ [SEED_ENV]: ' -2147483648 ' })).toBe(-2147483648);
  });

  it('draws a 32-bit integer when the variable is unset or empty', () => {
    expect(chooseSeed({}, () => 0.5)).toBe((0.5 * 2 ** 32) | 0);
    expect(chooseSeed({ [SEED_ENV]: '' }, () => 0.25)).toBe(2 ** 30);
  });

  it('refuses a value that is not a 32-bit integer instead of running other cases', () => {
    for (const bad of ['abc', '1.5', '1e3', '4294967296', '0x10']) {
      expect(() => chooseSeed({ [SEED_ENV]: bad }), bad).toThrow(new RegExp(`${SEED_ENV}=.* is not a seed`));
    }
  });
});

describe('the global seed', () => {
  it('is the one vitest.config.ts chose for this run', () => {
    expect(Number.isInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal().seed).toBe(seed);
  });

  it('gives the same generated values to every property that runs without its own seed', () => {
    const first = seen();
    expect(first).toHaveLength(20);
    expect(seen()).toEqual(first);
    expect(seen({ seed })).toEqual(first);
    expect(seen({ seed: seed ^ 1 })).not.toEqual(first);
  });

  it("names the seed in a failing property's message, with the command that replays it", () => {
    const { message } = thrown(() => fc.assert(fc.property(fc.nat(), (n) => n < 5)));
    expect(message).toContain('Property failed');
    expect(message).toContain(`{ seed: ${seed}, path:`);
    expect(message).toContain(`${SEED_ENV}=${seed} npm test`);
  });

  it("keeps the property's own error as the cause", () => {
    const report = reportWithReplay(7);
    const details = fc.check(
      fc.property(fc.constant(1), () => {
        throw new RangeError('inner');
      }),
      { seed: 7 },
    );
    const error = thrown(() => report(details));
    expect(error.message).toMatch(/seed: 7/);
    expect(error.cause).toBeInstanceOf(RangeError);
  });
});
