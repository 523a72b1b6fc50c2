import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/values/index.ts';
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
