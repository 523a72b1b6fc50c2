/** value-unparseable hints: the unit a figure lacks comes first, and money in words is written in figures. */
import { describe, expect, it } from 'vitest';
import type { Property } from '../../src/core/model.ts';
import { unparseableHint } from '../../src/core/value-hints.ts';
import { MONEY_EXPECTED } from '../../src/core/values/money.ts';

const price: Property = { id: 'api-price', label: 'API price', type: 'money', unit: 'USD per 1M input tokens', description: 'd' };
const lumpSum: Property = { id: 'funding', label: 'Funding', type: 'money', description: 'd' };
const hint = (p: Property, raw: string | number) => unparseableHint(MONEY_EXPECTED, p, raw).slice(`Expected ${MONEY_EXPECTED}. `.length);

describe('unparseableHint for money', () => {
  it('gives a bare figure the currency of its property unit, then mentions a number property', () => {
    expect(hint(price, '5.30')).toBe('Write "$5.30" if the article gives an amount of money. If it states a plain number instead, the claim belongs under a number property.');
    expect(hint(price, 5)).toBe('Write "$5" if the article gives an amount of money. If it states a plain number instead, the claim belongs under a number property.');
  });

  it('writes money in words in figures with its currency, never pointing to a number property', () => {
    expect(hint(lumpSum, 'about five bucks')).toBe('Write "about $5" if the article gives an amount of money.');
    expect(hint(lumpSum, 'twenty euros')).toBe('Write "€20" if the article gives an amount of money.');
  });

  it('without a currency to go on, asks for one', () => {
    expect(hint(lumpSum, '5')).toBe('Write the amount in figures with its currency, e.g. "$5" or "about $5". If it states a plain number instead, the claim belongs under a number property.');
  });

  it('adds nothing for text that holds no figure', () => {
    expect(hint(price, 'cheap')).toBe('');
  });
});
