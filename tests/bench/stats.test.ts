import { describe, expect, it } from 'vitest';
import { decades, parseArgs } from '../../bench/args.ts';
import { formatRatio, median, medianOf, percentile, ratio } from '../../bench/stats.ts';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const input = [5, 1, 3];
    expect(median(input)).toBe(3);
    expect(input).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('uses nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('never turns a missing reference into a ratio', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, undefined)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
    expect(formatRatio(Number.NaN)).toBe('–');
    expect(formatRatio(1.234)).toBe('1.23×');
  });

  it('takes medians field by field across runs', () => {
    expect(medianOf([{ a: 1, b: 10 }, { a: 3, b: 30 }, { a: 2, b: 20 }])).toEqual({ a: 2, b: 20 });
  });

  it('measures every decade up to the requested size', () => {
    expect(decades(10_000)).toEqual([1000, 10_000]);
    expect(decades(100_000)).toEqual([1000, 10_000, 100_000]);
    expect(decades(5000)).toEqual([1000, 5000]);
    expect(parseArgs(['--claims', '100000', '--runs', '2']).sizes).toEqual([1000, 10_000, 100_000]);
    expect(() => parseArgs(['--stages', 'nope'])).toThrow(/unknown stage/);
  });
});

describe('summariseQueries', () => {
  it('reports percentiles and per-kind hit rates from one query record', async () => {
    const { summariseQueries } = await import('../../bench/stats.ts');
    const s = summariseQueries({
      coldBytes: [100, 200, 300],
      coldMs: [1, 2, 3],
      warm: { exact: [1, 1], prefix: [2, 2], fuzzy: [9, 9] },
      hits: 5,
      hitsByKind: { exact: 2, prefix: 2, fuzzy: 1 },
      queries: 6,
    });
    expect(s.firstQueryBytesP50).toBe(200);
    expect(s.fuzzyP95).toBe(9);
    expect(s.hitRate).toBeCloseTo(5 / 6);
    expect(s.hitFuzzy).toBeCloseTo(0.5);
    expect(s.hitExact).toBe(1);
  });
});
