import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatUpTo } from '../../../src/core/values/format.ts';

/** The plain form: a fresh Intl formatter per call, scale words for whole millions and up. */
function reference(value: number, decimals: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of scales) {
    const scaled = value / size;
    if (Math.abs(value) >= size && Number(scaled.toFixed(3)) === scaled) {
      return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(scaled)} ${word}`;
    }
  }
  const d = Math.min(Math.max(decimals, 0), 20);
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
}

/** Any double, and the figures a corpus has: whole numbers, millions, few decimals, halves. */
const figures = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map((n) => n * 1e6),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k),
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 4 })).map(([n, k]) => (n + 0.5) / 10 ** k),
  fc.constantFrom(0, -0, 1e21, -1e21, 999.9995, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, 5e-7),
);

describe('formatNumber', () => {
  it.each([
    [10000, 0, '10,000'],
    [69.4, 1, '69.4'],
    [5.3, 2, '5.30'],
    [-1234.5, 1, '-1,234.5'],
    [200_000_000, 0, '200 million'],
    [1_250_000_000, 0, '1.25 billion'],
    [1_234_567, 0, '1,234,567'],
    [3e12, 0, '3 trillion'],
    [0.5, 25, '0.50000000000000000000'],
    [-0, 1, '-0.0'],
    [1.005, 2, '1.01'],
    [999999.5, 0, '1,000,000'],
  ])('%d with %d decimals is %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  it('agrees with a fresh formatter per call on any finite number', () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: -2, max: 22 }), (value, decimals) => {
        expect(formatNumber(value, decimals)).toBe(reference(value, decimals));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('formatUpTo', () => {
  it.each([
    [10000, 1, undefined, '10,000'],
    [13.25, 1, undefined, '13.3'],
    [2.857, 1, undefined, '2.9'],
    [0.1 + 0.2, 10, undefined, '0.3'],
    [500_000, 10, 1_000_000, '0.5 million'],
    [1_045_000, 10, 950_000, '1,045,000'],
    [-0, 2, undefined, '0'],
  ])('%d with at most %d decimals, like %s, is %s', (value, decimals, like, expected) => {
    expect(formatUpTo(value, decimals, like)).toBe(expected);
  });

  it('never ends a figure in a zero decimal, and reads back within its rounding', () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 0, max: 10 }), (value, decimals) => {
        const text = formatUpTo(value, decimals);
        expect(text).not.toMatch(/\.\d*0$/);
        if (Math.abs(value) < 1e15) expect(Math.abs(Number(text.replace(/,/g, '')) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * Math.abs(value));
      }),
      { numRuns: 2_000 },
    );
  });
});
