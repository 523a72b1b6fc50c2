import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/values/index.ts';
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
