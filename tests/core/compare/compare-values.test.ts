import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { ValueType } from '../../../src/core/model.ts';
import { parseValue } from '../../../src/core/values/index.ts';
import { value } from '../../helpers/corpus-builder.ts';

const cmp = (type: ValueType, a: string | boolean, b: string | boolean) => compareValues(value(type, a), value(type, b));

describe('compareValues: figures', () => {
  it('agrees across precisions and says so', () => {
    expect(cmp('percent', '69%', '69.4%')).toMatchObject({ agree: true, diagnosis: 'different-precision' });
    expect(cmp('money', '$5.30', '$5.3')).toMatchObject({ agree: true, diagnosis: 'different-precision' });
  });

  it('keeps neighbouring values at one precision apart', () => {
    expect(cmp('percent', '69%', '70%')).toMatchObject({ agree: false, diagnosis: 'value-mismatch' });
    expect(cmp('number', '57', '60')).toMatchObject({ agree: false });
  });

  it('treats identical values as plain agreement', () => {
    expect(cmp('number', '6,613,169', '6,613,169')).toEqual({ agree: true });
  });

  it('respects bounds and open ends', () => {
    expect(cmp('number', 'over 10,000', '12,000')).toMatchObject({ agree: true, diagnosis: 'bound-compatible' });
    expect(cmp('number', 'over 10,000', '9,000')).toMatchObject({ agree: false });
    expect(cmp('number', 'under 10', 'over 10')).toMatchObject({ agree: false });
    expect(cmp('number', 'at most 10', 'at least 10')).toMatchObject({ agree: true });
    expect(cmp('percent', 'about 40%', '43%')).toMatchObject({ agree: true, diagnosis: 'bound-compatible' });
    expect(cmp('percent', 'about 40%', '46%')).toMatchObject({ agree: false });
  });

  it('reads "nearly" as just short of the figure: it agrees with a little less, never with more', () => {
    expect(cmp('number', 'nearly 2 petabytes', '1.9 petabytes')).toMatchObject({ agree: true, diagnosis: 'bound-compatible' });
    expect(cmp('number', 'nearly 2 petabytes', '2.4 petabytes')).toMatchObject({ agree: false });
    expect(cmp('number', 'nearly 2 petabytes', '1 petabyte')).toMatchObject({ agree: false });
    expect(cmp('percent', 'almost 40%', 'about 40%')).toMatchObject({ agree: true });
  });

  it('does not compare money on different bases or currencies', () => {
    expect(cmp('money', '$5.30 per 1M input tokens', '$1,200 per million tokens')).toMatchObject({
      agree: true,
      diagnosis: 'different-basis',
    });
    expect(cmp('money', '$5', '€9')).toMatchObject({ agree: true, diagnosis: 'different-currency' });
    expect(cmp('money', '$20 million', '$200 million')).toMatchObject({ agree: false, diagnosis: 'value-mismatch' });
  });
});

describe('compareValues: changes', () => {
  it('calls a multiplier against a percent with the same number a unit slip', () => {
    expect(cmp('change', '35x lower', '35% lower')).toMatchObject({ agree: false, diagnosis: 'unit-slip' });
    expect(cmp('change', '35x lower', 'by 35%')).toMatchObject({ agree: false, diagnosis: 'unit-slip' });
    expect(compareValues(value('multiplier', '35x'), value('percent', '35%'))).toMatchObject({ diagnosis: 'unit-slip' });
  });

  it('accepts the same change written in two forms', () => {
    expect(cmp('change', 'doubled', '100% higher')).toMatchObject({ agree: true, diagnosis: 'equivalent-forms' });
    expect(cmp('change', 'halved', '50% lower')).toMatchObject({ agree: true });
  });

  it('rejects opposite directions', () => {
    expect(cmp('change', '35% lower', '35% higher')).toMatchObject({ agree: false, diagnosis: 'opposite-direction' });
    expect(cmp('multiplier', '2x lower', '2x higher')).toMatchObject({ agree: false, diagnosis: 'opposite-direction' });
  });

  it('compares magnitudes when one direction is unwritten', () => {
    expect(cmp('change', 'by 35%', '35% lower')).toMatchObject({ agree: true });
    expect(cmp('change', 'by 35%', '20% lower')).toMatchObject({ agree: false });
  });
});

describe('compareValues: dates, booleans, text', () => {
  it('says when two days are one apart', () => {
    const c = cmp('date', 'April 23, 2026', 'April 24, 2026');
    expect(c).toMatchObject({ agree: false, diagnosis: 'one-day-apart' });
    expect(c.note).toContain('time zone');
    expect(cmp('date', 'April 23, 2026', 'April 30, 2026')).toMatchObject({ agree: false, diagnosis: 'different-days' });
    expect(cmp('date', 'April 30, 2026', 'May 1, 2026')).toMatchObject({ diagnosis: 'one-day-apart' });
  });

  it('agrees at the coarser precision', () => {
    expect(cmp('date', 'April 2026', 'April 23, 2026')).toMatchObject({ agree: true, diagnosis: 'coarser-date-agrees' });
    expect(cmp('date', '2026', 'April 2026')).toMatchObject({ agree: true, diagnosis: 'coarser-date-agrees' });
    expect(cmp('date', 'May 2026', 'April 23, 2026')).toMatchObject({ agree: false, diagnosis: 'value-mismatch' });
    expect(cmp('date', '2025', '2026')).toMatchObject({ agree: false });
  });

  it('compares booleans and normalised text', () => {
    expect(cmp('boolean', 'yes', 'no')).toMatchObject({ agree: false, diagnosis: 'boolean-mismatch' });
    expect(cmp('boolean', 'yes', true)).toEqual({ agree: true });
    expect(cmp('text', 'Spud', '“spud”')).toEqual({ agree: true });
    expect(cmp('text', 'Spud', 'Potato')).toMatchObject({ agree: false, diagnosis: 'text-mismatch' });
  });

  it('refuses to compare unrelated types', () => {
    expect(compareValues(value('date', '2026'), value('number', '2026'))).toMatchObject({ agree: false, diagnosis: 'type-mismatch' });
  });
});

const SAMPLES: Record<ValueType, string[]> = {
  percent: ['69%', '69.4%', '70%', 'over 20%', 'about 40%', 'under 50%', '82.7%', 'at least 69%'],
  number: ['10,000', 'over 10,000', '9,999', '13+', '2 million', '1.5 million', 'about 2 million', '57'],
  money: ['$5.30', '$5.3', '$30', '$1,200 per million tokens', '$5.30 per 1M input tokens', '€3', 'over $5', '$200 million'],
  date: ['2026', 'April 2026', 'April 23, 2026', 'April 24, 2026', 'May 2026', '2025', 'April 30, 2026'],
  multiplier: ['35x', '35x lower', '2x higher', 'doubled', 'halved', 'over 10x', '34x'],
  change: ['35x lower', '35% lower', 'by 35%', 'doubled', '100% higher', 'halved', '50% lower', 'over 20% faster', '20% increase'],
  boolean: ['yes', 'no'],
  text: ['Spud', 'spud', 'Potato', 'GB200 NVL72'],
};
const anyValue = fc.constantFrom(...Object.entries(SAMPLES).flatMap(([type, raws]) => raws.map((raw) => [type, raw] as const)));

describe('compareValues properties', () => {
  it('is symmetric, note included', () => {
    fc.assert(
      fc.property(anyValue, anyValue, ([ta, ra], [tb, rb]) => {
        const a = value(ta as ValueType, ra);
        const b = value(tb as ValueType, rb);
        expect(compareValues(a, b)).toEqual(compareValues(b, a));
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric on generated numbers', () => {
    const figure = fc
      .tuple(fc.constantFrom('', 'over ', 'under ', 'about ', 'at least '), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 2 }))
      .map(([bound, n, d]) => `${bound}${(n / 10 ** d).toFixed(d)}%`);
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const a = parseValue('percent', x);
        const b = parseValue('percent', y);
        if (!a.ok || !b.ok) throw new Error(`unparsed ${x} or ${y}`);
        expect(compareValues(a.value, b.value)).toEqual(compareValues(b.value, a.value));
      }),
    );
  });

  it('always agrees with itself', () => {
    fc.assert(
      fc.property(anyValue, ([t, r]) => {
        expect(compareValues(value(t as ValueType, r), value(t as ValueType, r)).agree).toBe(true);
      }),
    );
  });
});
