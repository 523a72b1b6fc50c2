import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { rangeText } from '../../../src/site/format.ts';
import { chartable } from '../../../src/site/chart-plan.ts';
import { expectFailure, parsed } from './helpers.ts';

describe('boolean', () => {
  it('reads booleans and yes/no words', () => {
    expect(normalize(parsed('boolean', true))).toBe(true);
    expect(normalize(parsed('boolean', 'Yes'))).toBe(true);
    expect(normalize(parsed('boolean', 'no'))).toBe(false);
    expect(normalize(parsed('boolean', 'FALSE'))).toBe(false);
  });

  it('rejects anything else', () => {
    expectFailure('boolean', 'maybe', 'yes or no');
    expectFailure('boolean', 1, 'yes or no');
  });
});

describe('boolean definition', () => {
  it('shows yes and no, with no unit, range or chart', () => {
    const yes = parsed('boolean', 'yes');
    expect(formatValue(yes)).toBe('yes');
    expect(formatValue(parsed('boolean', false))).toBe('no');
    expect(unitOf(yes)).toBe('');
    expect(rangeText(yes)).toBe('');
    expect(chartable([yes, yes])).toBe(false);
    expect(valueDetails(yes)).toEqual({});
  });

  it('disagrees only when one says yes and the other no', () => {
    expect(compareValues(parsed('boolean', 'yes'), parsed('boolean', true))).toEqual({ agree: true });
    expect(compareValues(parsed('boolean', 'yes'), parsed('boolean', 'no'))).toMatchObject({ agree: false, diagnosis: 'boolean-mismatch' });
  });
});
