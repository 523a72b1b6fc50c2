import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText } from '../../../src/site/format.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, parsed } from './helpers.ts';

describe('date', () => {
  it.each([
    ['April 23, 2026', '2026-04-23'],
    ['Apr 23, 2026', '2026-04-23'],
    ['Apr. 23, 2026', '2026-04-23'],
    ['23 April 2026', '2026-04-23'],
    ['April 23rd, 2026', '2026-04-23'],
    ['Thursday, April 23, 2026', '2026-04-23'],
    ['2026-04-23', '2026-04-23'],
    ['April 23 [2026]', '2026-04-23'],
    ['April 2026', '2026-04'],
    ['2026-04', '2026-04'],
    ['2026', '2026'],
  ])('reads %s as %s', (raw, iso) => {
    expect(normalize(parsed('date', raw))).toBe(iso);
  });

  it('keeps the written precision as a range of days', () => {
    const month = parsed('date', 'April 2026');
    expect(month).toMatchObject({ precision: 'month' });
    if (month.type === 'date') expect(month.lastDay - month.firstDay).toBe(29);
    const day = parsed('date', 'April 23, 2026');
    if (day.type === 'date') expect(day.firstDay).toBe(Date.UTC(2026, 3, 23) / 86_400_000);
  });

  it('accepts a YAML number as a year', () => {
    expect(normalize(parsed('date', 2026))).toBe('2026');
  });

  it('accepts leap days only in leap years', () => {
    expect(normalize(parsed('date', 'February 29, 2024'))).toBe('2024-02-29');
    expectFailure('date', 'February 29, 2026', 'exists on the calendar');
  });

  it('rejects impossible and incomplete dates', () => {
    expectFailure('date', 'February 30, 2026', 'exists on the calendar');
    expectFailure('date', '2026-13-01', 'exists on the calendar');
    expectFailure('date', 'April 23', 'April 23 [2026]');
    expectFailure('date', 'yesterday', 'a date such as');
    expectFailure('date', true, 'a date');
  });
});

describe('date definition', () => {
  it('formats at its precision, publishes ISO text and names the precision as the unit', () => {
    const v = parsed('date', 'April 2026');
    expect(formatValue(v)).toBe('April 2026');
    expect(normalize(v)).toBe('2026-04');
    expect(unitOf(v)).toBe('month');
    expect(valueDetails(v)).toEqual({ precision: 'month', iso: '2026-04' });
  });

  it('states the days a coarse date covers and is never charted', () => {
    expect(rangeText(parsed('date', 'April 2026'))).toBe('any day in April 2026');
    expect(rangeText(parsed('date', '2026-04-23'))).toBe('');
    expect(chartable([parsed('date', '2026'), parsed('date', '2027')])).toBe(false);
  });

  it('compares at the coarser precision', () => {
    expect(compareValues(parsed('date', 'April 2026'), parsed('date', 'April 23, 2026'))).toMatchObject({ agree: true, diagnosis: 'coarser-date-agrees' });
    expect(compareValues(parsed('date', 'April 23, 2026'), parsed('date', 'April 24, 2026'))).toMatchObject({ agree: false, diagnosis: 'one-day-apart' });
  });
});
