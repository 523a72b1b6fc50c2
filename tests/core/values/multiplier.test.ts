import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText, tickFormatter } from '../../../src/site/format.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, expectInterval, interval, parsed } from './helpers.ts';

describe('multiplier', () => {
  it('reads x, × and times', () => {
    for (const raw of ['35x', '35×', '35 times', '35X']) expect(normalize(parsed('multiplier', raw))).toBe(35);
    expectInterval(interval('multiplier', '10x'), 9.5, 10.5, false, true);
  });

  it('reads direction words', () => {
    expect(parsed('multiplier', '35x lower')).toMatchObject({ value: 35, direction: 'decrease' });
    expect(parsed('multiplier', '50x higher')).toMatchObject({ value: 50, direction: 'increase' });
  });

  it('reads multiplier words', () => {
    expect(parsed('multiplier', 'doubled')).toMatchObject({ value: 2, direction: 'increase' });
    expect(parsed('multiplier', 'tripled')).toMatchObject({ value: 3, direction: 'increase' });
    expect(parsed('multiplier', 'halved')).toMatchObject({ value: 0.5, direction: 'decrease' });
  });

  it('rejects percents, zero and contradictory words', () => {
    expectFailure('multiplier', '35%', 'a multiplier such as');
    expectFailure('multiplier', '0x', 'a multiplier');
    expectFailure('multiplier', 'halved higher', 'a multiplier');
    expectFailure('multiplier', '35x cheaper cost', 'a multiplier');
  });
});

describe('multiplier definition', () => {
  it('formats with its direction and publishes x as the unit', () => {
    const v = parsed('multiplier', '35x lower');
    expect(formatValue(v)).toBe('35x lower');
    expect(formatValue(parsed('multiplier', 'doubled'))).toBe('2x higher');
    expect(unitOf(v)).toBe('x');
    expect(valueDetails(v)).toMatchObject({ value: 35, direction: 'decrease', interval: { lo: 34.5, hi: 35.5 } });
  });

  it('states its range and charts on a multiplier axis', () => {
    expect(rangeText(parsed('multiplier', '35x'))).toBe('34.5x to 35.5x');
    expect(tickFormatter(parsed('multiplier', '35x'))(40, 0)).toBe('40x');
    expect(chartable([parsed('multiplier', '35x'), parsed('multiplier', 'doubled')])).toBe(true);
  });

  it('sees opposite directions as changes, and a percent beside it as a change', () => {
    expect(compareValues(parsed('multiplier', '35x lower'), parsed('multiplier', '35x higher'))).toMatchObject({ agree: false, diagnosis: 'opposite-direction' });
    expect(compareValues(parsed('multiplier', '35x lower'), parsed('percent', '35%'))).toMatchObject({ agree: false, diagnosis: 'unit-slip' });
  });
});
