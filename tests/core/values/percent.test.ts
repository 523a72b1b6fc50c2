import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText, tickFormatter } from '../../../src/site/format.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, expectInterval, interval, parsed } from './helpers.ts';

describe('percent', () => {
  it('reads a whole percent to the nearest unit', () => {
    expectInterval(interval('percent', '69%'), 68.5, 69.5, false, true);
  });

  it('reads one decimal to the nearest tenth', () => {
    expectInterval(interval('percent', '69.4%'), 69.35, 69.45, false, true);
    expect(parsed('percent', '82.7%')).toMatchObject({ value: 82.7, decimals: 1, halfStep: 0.05, bound: 'exact' });
  });

  it('accepts the word percent', () => {
    expect(normalize(parsed('percent', '20 percent'))).toBe(20);
    expect(normalize(parsed('percent', '20 per cent'))).toBe(20);
  });

  it('reads "over" as an open lower bound', () => {
    expectInterval(interval('percent', 'over 20%'), 20, Infinity, true, true);
  });

  it('widens "about" by 10% of the value or two steps, whichever is larger', () => {
    expectInterval(interval('percent', 'about 40%'), 36, 44, false, false);
    expectInterval(interval('percent', '~15%'), 13, 17, false, false);
  });

  it('caps the steps of a one-digit "about" at a quarter of the value, never below the written precision', () => {
    expectInterval(interval('percent', '~5%'), 3.75, 6.25, false, false);
    expectInterval(interval('percent', 'about 2%'), 1.5, 2.5, false, false);
    expectInterval(interval('percent', 'about 1%'), 0.5, 1.5, false, false);
  });

  it('reads "nearly" and "almost" as just short of the figure, with the tolerance of "about"', () => {
    expectInterval(interval('percent', 'nearly 40%'), 36, 40, false, false);
    expectInterval(interval('percent', 'almost 2%'), 1.5, 2, false, false);
    expectInterval(interval('percent', 'just under 2%'), 1.5, 2, false, false);
    expect(formatValue(parsed('percent', 'almost 40%'))).toBe('nearly 40%');
  });

  it('reads under and at most as upper bounds', () => {
    expectInterval(interval('percent', 'under 10%'), -Infinity, 10, true, true);
    expectInterval(interval('percent', 'at most 10%'), -Infinity, 10, true, false);
    expectInterval(interval('percent', 'at least 10%'), 10, Infinity, false, true);
  });

  it('takes a bare YAML number as a percent', () => {
    expect(normalize(parsed('percent', 82.7))).toBe(82.7);
  });

  it('rejects values without a percent sign or with trailing words', () => {
    expectFailure('percent', '82.7', 'a percent such as "82.7%"');
    expectFailure('percent', '82.7% accuracy', 'percent');
    expectFailure('percent', 'lots', 'percent');
    expectFailure('percent', '', 'percent');
    expectFailure('percent', true, 'percent');
  });
});

describe('percent definition', () => {
  it('formats, publishes and exports the figure with its bound', () => {
    const v = parsed('percent', '69%');
    expect(formatValue(v)).toBe('69%');
    expect(formatValue(parsed('percent', 'about 40%'))).toBe('about 40%');
    expect(unitOf(v)).toBe('%');
    expect(Object.keys(valueDetails(v))).toEqual(['value', 'bound', 'halfStep', 'decimals', 'interval']);
    expect(valueDetails(parsed('percent', 'over 20%')).interval).toEqual({ lo: 20, hi: null, loOpen: true, hiOpen: true });
  });

  it('states its range and charts on a percent axis', () => {
    expect(rangeText(parsed('percent', 'over 20%'))).toBe('more than 20%');
    expect(tickFormatter(parsed('percent', '69%'))(70, 0)).toBe('70%');
    expect(chartable([parsed('percent', '69%'), parsed('percent', 'over 20%')])).toBe(true);
  });

  it('reads as a change of unknown direction beside a change', () => {
    expect(compareValues(parsed('percent', '35%'), parsed('change', '35x lower'))).toMatchObject({ agree: false, diagnosis: 'unit-slip' });
  });
});
