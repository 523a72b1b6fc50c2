import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText } from '../../../src/site/format.ts';
import type { ChangeValue } from '../../../src/core/model.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, expectInterval, parsed } from './helpers.ts';

const change = (raw: string): ChangeValue => parsed('change', raw) as ChangeValue;

describe('change', () => {
  it('reads multiplier-form changes and their factor', () => {
    const c = change('35x lower');
    expect(c).toMatchObject({ form: 'multiplier', value: 35, direction: 'decrease' });
    expectInterval(c.factor, 1 / 35.5, 1 / 34.5, true, false);
    expect(change('50x higher').factor.lo).toBeCloseTo(49.5);
    expect(change('2x higher').factor.lo).toBeLessThanOrEqual(2);
    expect(change('2x higher').factor.hi).toBeGreaterThan(2);
  });

  it('reads percent-form changes and their factor', () => {
    expectInterval(change('35% lower').factor, 0.645, 0.655, true, false);
    expectInterval(change('20% increase').factor, 1.195, 1.205, false, true);
    expectInterval(change('over 20% faster').factor, 1.2, Infinity, true, true);
    expect(change('40% fewer')).toMatchObject({ direction: 'decrease', form: 'percent' });
    expect(change('90% higher')).toMatchObject({ direction: 'increase', value: 90 });
  });

  it('reads verb phrases and signs', () => {
    expect(change('reduced by 35%')).toMatchObject({ direction: 'decrease', value: 35 });
    expect(change('increasing by 20%')).toMatchObject({ direction: 'increase', value: 20 });
    expect(change('a 20% increase')).toMatchObject({ direction: 'increase' });
    expect(change('-35%')).toMatchObject({ direction: 'decrease' });
    expect(change('+20%')).toMatchObject({ direction: 'increase' });
  });

  it('leaves the direction open for "by 35%" and spans both readings', () => {
    const c = change('by 35%');
    expect(c.direction).toBeUndefined();
    expect(c.factor.lo).toBeCloseTo(0.645);
    expect(c.factor.hi).toBeCloseTo(1.355);
  });

  it('accepts a bare percent as a change of unknown direction', () => {
    expect(change('35%').direction).toBeUndefined();
  });

  it('reads doubled and halved as multiplier-form changes', () => {
    expect(change('doubled')).toMatchObject({ form: 'multiplier', value: 2, direction: 'increase' });
    expect(change('halved').factor.hi).toBeCloseTo(0.55);
  });

  it('normalises to the signed figure as written', () => {
    expect(normalize(change('35% lower'))).toBe(-35);
    expect(normalize(change('35x lower'))).toBe(-35);
    expect(normalize(change('20% increase'))).toBe(20);
    expect(normalize(change('by 35%'))).toBe(35);
  });

  it('rejects contradictory directions and stray words', () => {
    expectFailure('change', 'up 35% lower', 'with one direction');
    expectFailure('change', 'lower costs', 'a change such as');
    // A direction alone is a value of its own (see the newspaper fixtures).
    expect(parsed('change', 'lower')).toMatchObject({ form: 'direction', direction: 'decrease' });
    expectFailure('change', '35 lower', 'a change');
    expectFailure('change', '35% lower cost per token', 'a change');
    expectFailure('change', 35, 'a change');
  });
});

describe('change definition', () => {
  it('formats in its written form and publishes the matching unit', () => {
    expect(formatValue(parsed('change', '35% lower'))).toBe('35% lower');
    expect(formatValue(parsed('change', 'by 35%'))).toBe('by 35%');
    expect(unitOf(parsed('change', '35% lower'))).toBe('%');
    expect(unitOf(parsed('change', '35x lower'))).toBe('x');
  });

  it('exports its factor JSON-safe, shows no range and is never charted', () => {
    const details = valueDetails(parsed('change', '35x lower'));
    // The interval is on the signed figure the API publishes: 35x lower is -35, so -35.5 to -34.5.
    expect(details).toMatchObject({ form: 'multiplier', direction: 'decrease', interval: { lo: -35.5, hi: -34.5, loOpen: true, hiOpen: false } });
    expect(valueDetails(parsed('change', 'over 35% lower'))).toMatchObject({ bound: 'under', interval: { lo: null, hi: -35 } });
    expect(valueDetails(parsed('change', 'about 40% fewer'))).toMatchObject({ bound: 'about', interval: { lo: -44, hi: -36 } });
    expect(valueDetails(parsed('change', '20% higher'))).toMatchObject({ bound: 'exact', interval: { lo: 19.5, hi: 20.5 } });
    expect(valueDetails(parsed('change', 'lower'))).not.toHaveProperty('interval');
    expect((details.factor as { lo: number }).lo).toBeCloseTo(1 / 35.5, 12);
    expect(JSON.stringify(valueDetails(parsed('change', 'over 20% faster')))).not.toContain('Infinity');
    expect(rangeText(parsed('change', '35% lower'))).toBe('');
    expect(chartable([parsed('change', '35% lower')])).toBe(false);
  });

  it('sets its two forms side by side', () => {
    expect(compareValues(parsed('change', '35x lower'), parsed('change', '35% lower'))).toMatchObject({ agree: false, diagnosis: 'unit-slip' });
    expect(compareValues(parsed('change', 'doubled'), parsed('change', '100% higher'))).toMatchObject({ agree: true, diagnosis: 'equivalent-forms' });
  });
});
