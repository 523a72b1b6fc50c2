/** Reading a value under its property: precision defaults, and a bare change's direction. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRECISION, directionInQuote, precisionOf, readValue } from '../../../src/core/values/in-context.ts';
import { VALUE_TYPES } from '../../../src/core/values/index.ts';

describe('precision', () => {
  it('has a default for every value type: money exact, scores and counts measured', () => {
    expect(Object.keys(DEFAULT_PRECISION).sort()).toEqual([...VALUE_TYPES].sort());
    expect(precisionOf({ type: 'money' })).toBe('exact');
    expect(precisionOf({ type: 'percent' })).toBe('measured');
    expect(precisionOf({ type: 'number', precision: 'exact' })).toBe('exact');
  });

  it('makes an exact figure a point, and leaves hedged figures their width', () => {
    const five = readValue({ type: 'money' }, '$5');
    expect(five.ok && five.value.type === 'money' && five.value.interval).toEqual({ lo: 5, hi: 5, loOpen: false, hiOpen: false });
    const about = readValue({ type: 'money' }, 'about $5');
    expect(about.ok && about.value.type === 'money' && about.value.interval.lo).toBeLessThan(5);
    const measured = readValue({ type: 'money', precision: 'measured' }, '$5');
    expect(measured.ok && measured.value.type === 'money' && measured.value.interval.lo).toBe(4.5);
  });
});

describe('the direction a quote gives a bare figure', () => {
  it.each([
    ['This has reduced the per-token inference cost by 35% compared to the 5.4 series', 35, 'decrease'],
    ['costs went up 20% this year', 20, 'increase'],
    ['it needs 40% fewer tokens', 40, 'decrease'],
    ['a 20% premium over GPT-5.4', 20, 'increase'],
    ['prices were cut last year, but this year they rose by 10%', 10, 'increase'],
    ['it rose last year. This year it moved 10%', 10, undefined],
    ['with up to 20% of the budget', 20, undefined],
    ['revenue of 350 rose; margins moved 35%', 35, undefined],
  ])('%j: %d is %s', (quote, figure, direction) => {
    expect(directionInQuote(quote, figure)).toBe(direction);
  });

  it('lets the quote win over the property, and marks where the direction came from', () => {
    const r = readValue({ type: 'change', direction: 'increase' }, 'by 35%', 'This has reduced the cost by 35%');
    expect(r.ok && r.value).toMatchObject({ direction: 'decrease', directionFrom: 'quote' });
    const p = readValue({ type: 'change', direction: 'increase' }, '35%', 'the figure was 35%');
    expect(p.ok && p.value).toMatchObject({ direction: 'increase', directionFrom: 'property' });
  });

  it('never reads a written direction from anywhere else', () => {
    const r = readValue({ type: 'change', direction: 'increase' }, '35% lower', 'prices rose; costs were 35% lower');
    expect(r.ok && r.value).toMatchObject({ direction: 'decrease' });
    expect(r.ok && 'directionFrom' in r.value).toBe(false);
  });
});
