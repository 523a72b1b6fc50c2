import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { rangeText } from '../../../src/site/format.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { expectFailure, expectInterval, interval, parsed } from './helpers.ts';

describe('money', () => {
  it('reads dollars and cents', () => {
    expect(parsed('money', '$5.30')).toMatchObject({ value: 5.3, currency: 'USD', decimals: 2 });
    expectInterval(interval('money', '$5.30'), 5.295, 5.305, false, true);
  });

  it('reads scaled amounts in base units, precise to the last written digit', () => {
    expect(normalize(parsed('money', '$20 million'))).toBe(20_000_000);
    expectInterval(interval('money', '$200 million'), 199.5e6, 200.5e6, false, true);
    expect(normalize(parsed('money', '$5m'))).toBe(5e6);
  });

  it('normalises the basis', () => {
    expect(parsed('money', '$1,200 per million tokens')).toMatchObject({ value: 1200, basis: '1M tokens' });
    expect(parsed('money', '$5.30 per 1M input tokens')).toMatchObject({ basis: '1M input tokens' });
    expect(parsed('money', '$2.50/1M tokens')).toMatchObject({ basis: '1M tokens' });
    expect(parsed('money', '$20 per month')).toMatchObject({ basis: 'month' });
    expect(parsed('money', '$3 per 1,000 tokens')).toMatchObject({ basis: '1K tokens' });
  });

  it('reads currency codes and symbols on either side', () => {
    expect(parsed('money', 'USD 5')).toMatchObject({ value: 5, currency: 'USD' });
    expect(parsed('money', '€3')).toMatchObject({ value: 3, currency: 'EUR' });
    expect(parsed('money', '5 EUR')).toMatchObject({ value: 5, currency: 'EUR' });
    expect(parsed('money', 'over $10 million')).toMatchObject({ bound: 'over', value: 1e7 });
  });

  it('requires a currency and a readable basis', () => {
    expectFailure('money', '5', 'with its currency');
    expectFailure('money', 5, 'with its currency');
    expectFailure('money', '5 GPU', 'with its currency');
    expectFailure('money', '$5 tokens', 'an amount of money');
    expectFailure('money', '$', 'an amount of money');
  });
});

describe('money definition', () => {
  it('formats with its currency and basis, and publishes both as the unit', () => {
    const v = parsed('money', '$5.30 per 1M input tokens');
    expect(formatValue(v)).toBe('$5.30 per 1M input tokens');
    expect(unitOf(v)).toBe('USD per 1M input tokens');
    expect(formatValue(parsed('money', 'CHF 5'))).toBe('CHF 5');
    expect(unitOf(parsed('money', '€3'))).toBe('EUR');
    expect(valueDetails(v)).toMatchObject({ currency: 'USD', basis: '1M input tokens', interval: { lo: 5.295, hi: 5.305 } });
  });

  it('states its range in the currency and charts only one currency and basis per axis', () => {
    expect(rangeText(parsed('money', '€3'))).toBe('2.5 EUR to 3.5 EUR');
    expect(rangeText(parsed('money', '$5'))).toBe('$4.5 to $5.5');
    expect(chartable([parsed('money', '$5'), parsed('money', '$6')])).toBe(true);
    expect(chartable([parsed('money', '$5'), parsed('money', '€3')])).toBe(false);
    expect(chartable([parsed('money', '$5'), parsed('money', '$5 per month')])).toBe(false);
  });

  it('does not compare amounts per different things', () => {
    expect(compareValues(parsed('money', '$5 per month'), parsed('money', '$9'))).toMatchObject({ agree: true, diagnosis: 'different-basis' });
  });
});
