import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/values/number.ts';
import { findSpelledNumbers, parseSpelled } from '../../../src/core/values/spelled.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An independent speller for 0..999, as style guides write numbers. */
function spell(n: number, and: boolean): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]} hundred${rest ? `${and ? ' and' : ''} ${spell(rest, and)}` : ''}`;
}

describe('parseSpelled', () => {
  it.each([
    ['two million', 2e6, '2 million'],
    ['forty thousand', 40000, '40 thousand'],
    ['half a million', 5e5, '0.5 million'],
    ['a million', 1e6, '1 million'],
    ['two and a half billion', 2.5e9, '2.5 billion'],
    ['one hundred and twenty', 120, '120'],
    ['forty-two', 42, '42'],
    ['a hundred', 100, '100'],
    ['two million three hundred thousand', 2.3e6, '2300000'],
  ])('%s', (text, value, numeral) => {
    expect(parseSpelled(text)).toEqual({ value, numeral });
  });

  it('refuses what is not a number in full', () => {
    for (const t of ['someone', 'a', 'and', 'two apples', 'million', 'forty-zero']) expect(parseSpelled(t)).toBeUndefined();
  });

  it('reads every number below a thousand, with or without "and"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.boolean(), (n, and) => {
        expect(parseSpelled(spell(n, and))?.value).toBe(n);
      }),
    );
  });

  it('keeps the scale, so the numeral grammar gives the precision a writer rounding to it means', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('thousand', 'million', 'billion'), (n, scale) => {
        const r = parseSpelled(`${spell(n, true)} ${scale}`)!;
        const v = parseNumber(r.numeral);
        expect(v.ok && v.value.type === 'number' && v.value.value).toBe(r.value);
      }),
    );
  });
});

describe('findSpelledNumbers', () => {
  it('finds numbers at word starts only, longest first, with exact offsets', () => {
    const text = 'Someone trained it on roughly forty thousand GPUs over eleven weeks for half a million users.';
    const found = findSpelledNumbers(text);
    expect(found.map((f) => f.text)).toEqual(['forty thousand', 'eleven', 'half a million']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('drops a trailing connective', () => {
    expect(findSpelledNumbers('two and three').map((f) => f.text)).toEqual(['two', 'three']);
  });
});
