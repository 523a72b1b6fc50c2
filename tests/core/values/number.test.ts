import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText, tickFormatter } from '../../../src/site/format.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, expectInterval, interval, parsed } from './helpers.ts';

describe('number', () => {
  it('reads thousands separators', () => {
    expect(normalize(parsed('number', '6,613,169'))).toBe(6613169);
    expectInterval(interval('number', '10,000'), 9999.5, 10000.5, false, true);
  });

  it('reads bounds before and after the number', () => {
    expectInterval(interval('number', 'over 10,000'), 10000, Infinity, true, true);
    expectInterval(interval('number', '13+'), 13, Infinity, true, true);
    expectInterval(interval('number', 'more than 10'), 10, Infinity, true, true);
    expect(parsed('number', '10,000 or more')).toMatchObject({ bound: 'at-least' });
  });

  it('never reads a hedged one-digit figure as running from 0 to twice the figure', () => {
    expectInterval(interval('number', 'nearly 2 petabytes'), 1.5, 2, false, false);
    expectInterval(interval('number', 'about 2 petabytes'), 1.5, 2.5, false, false);
    expectInterval(interval('number', 'nearly -2'), -2, -1.5, false, false);
    for (const hedge of ['about', 'approximately', 'around', 'roughly', 'circa', 'some', 'estimated', '~', 'nearly', 'almost', 'up to', 'over', 'at least']) {
      const i = interval('number', `${hedge} 2 petabytes`);
      expect(i.lo === 0 && i.hi === 4, hedge).toBe(false);
      expect(i.lo <= 2 && 2 <= i.hi, hedge).toBe(true);
    }
  });

  it('reads scale words and suffixes in base units', () => {
    expect(normalize(parsed('number', '1M'))).toBe(1_000_000);
    expect(normalize(parsed('number', '2 million'))).toBe(2_000_000);
    expect(normalize(parsed('number', '15 trillion'))).toBe(15e12);
    expect(normalize(parsed('number', '10K'))).toBe(10_000);
    expect(normalize(parsed('number', '1.5 billion'))).toBe(1.5e9);
  });

  it('treats the last written digit as the precision, scale included', () => {
    expectInterval(interval('number', '2 million'), 1.5e6, 2.5e6, false, true);
    expectInterval(interval('number', '1.5 billion'), 1.45e9, 1.55e9, false, true);
    expectInterval(interval('number', '100,000'), 99999.5, 100000.5, false, true);
  });

  it('keeps the unit words the writer used', () => {
    expect(parsed('number', 'over 10,000 systems')).toMatchObject({ value: 10000, unit: 'systems', bound: 'over' });
    expect(parsed('number', '10 gigawatts')).toMatchObject({ value: 10, unit: 'gigawatts' });
    expect(parsed('number', '13+ points')).toMatchObject({ value: 13, unit: 'points', bound: 'over' });
    expect(parsed('number', '2 petabytes')).toMatchObject({ value: 2, unit: 'petabytes' });
    expect(parsed('number', '1M tokens')).toMatchObject({ value: 1e6, unit: 'tokens' });
  });

  it('reads a number, scale and unit glued by hyphens, as compound adjectives write them', () => {
    // Shown after its figure the adjective is a noun again, so a one-word unit becomes plural.
    expect(parsed('number', '2-million-token')).toMatchObject({ value: 2_000_000, unit: 'tokens', halfStep: 500_000 });
    expect(parsed('number', '100,000-GPU')).toMatchObject({ value: 100_000, unit: 'GPUs' });
    expect(parsed('number', '5-query')).toMatchObject({ unit: 'queries' });
    expect(parsed('number', '1-page')).toMatchObject({ value: 1, unit: 'page' });
    expect(parsed('number', '100,000-GPU cluster')).toMatchObject({ unit: 'GPU cluster' });
    expect(parsed('number', '10,000 systems')).toMatchObject({ unit: 'systems' });
    expect(parsed('number', '2-million')).toMatchObject({ value: 2_000_000 });
    expect(parsed('money', '$20-million')).toMatchObject({ value: 20_000_000, currency: 'USD' });
    // A hyphen before a word that is no scale leaves the number alone.
    expect(parsed('number', '3-page')).toMatchObject({ value: 3, unit: 'pages' });
    expectFailure('number', '1-2', 'a number');
  });

  it('reads negative numbers and decimals', () => {
    expect(normalize(parsed('number', '-3.5'))).toBe(-3.5);
    expectInterval(interval('number', '-3'), -3.5, -2.5, true, false);
  });

  it('rejects other value types and malformed numerals', () => {
    expectFailure('number', '35x', 'a number such as');
    expectFailure('number', '20%', 'a number');
    expectFailure('number', '1,2345', 'a number');
    expectFailure('number', 'tenfold', 'a number');
    expectFailure('number', 'ten-ish', 'a number');
    // Spelled-out numbers read as the numeral they spell.
    expect(parsed('number', 'ten')).toMatchObject({ value: 10 });
    expectFailure('number', false, 'a number');
  });
});

describe('number definition', () => {
  it('formats with its unit words and publishes them as the unit', () => {
    const v = parsed('number', '13+ points');
    expect(formatValue(v)).toBe('over 13 points');
    expect(unitOf(v)).toBe('points');
    expect(unitOf(parsed('number', '57'))).toBe('');
    expect(valueDetails(v)).toMatchObject({ value: 13, unit: 'points', interval: { lo: 13, hi: null } });
  });

  it('states its range with its unit words, and ticks in bare figures', () => {
    expect(rangeText(parsed('number', '13+ points'))).toBe('more than 13 points');
    expect(tickFormatter(parsed('number', '10,000'))(2e6, 0)).toBe('2 million');
    expect(chartable([parsed('number', '10,000'), parsed('number', '57 GPUs')])).toBe(true);
  });

  it('never compares with another type', () => {
    expect(compareValues(parsed('number', '35'), parsed('percent', '35%'))).toMatchObject({ agree: false, diagnosis: 'type-mismatch' });
  });
});
