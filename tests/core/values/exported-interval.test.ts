import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntervalJson } from '../../../src/core/export/shared.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { normalize, parseValue, VALUE_TYPES } from '../../../src/core/values/index.ts';
import type { RawValue } from '../../../src/core/model.ts';
import type { ValueType } from '../../../src/core/values/index.ts';

/** Every hedge the numeral grammar reads, before or after the figure. */
const PREFIXES = [
  '', 'over ', 'more than ', 'above ', 'in excess of ', 'upwards of ', '>', 'under ', 'below ', 'less than ', 'fewer than ',
  'at least ', 'no less than ', 'a minimum of ', 'at most ', 'no more than ', 'up to ', 'a maximum of ', 'nearly ', 'almost ',
  'just under ', 'not quite ', 'about ', 'approximately ', 'around ', 'roughly ', 'circa ', 'some ', 'an estimated ', '~',
];
const SUFFIXES = ['', '+', ' or more', ' or less'];

const numeral = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 3 })).map(([n, k]) => (n / 10 ** k).toFixed(k)),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(' million', ' billion', 'K', 'M')).map(([n, s]) => `${n}${s}`),
);
const hedged = (figure: fc.Arbitrary<string>, after: (n: string) => string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...PREFIXES), figure, fc.constantFrom(...SUFFIXES)).map(([p, n, s]) => `${p}${after(n)}${p === '' ? s : ''}`);

/** Values as articles write them, per type; types without figures get their own examples. */
const RAW: Partial<Record<ValueType, fc.Arbitrary<RawValue>>> = {
  number: fc.oneof(hedged(numeral, (n) => n), hedged(numeral, (n) => `${n} petabytes`), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
  percent: hedged(numeral, (n) => `${n}%`),
  money: hedged(numeral, (n) => `$${n}`).chain((m) => fc.constantFrom(m, `${m} per 1M input tokens`)),
  multiplier: fc.tuple(hedged(numeral, (n) => `${n}x`), fc.constantFrom('', ' lower', ' higher')).map(([m, d]) => `${m}${d}`),
  change: fc.oneof(
    fc.tuple(hedged(numeral, (n) => `${n}%`), fc.constantFrom(' lower', ' higher', ' fewer', ' increase', ' decrease')).map(([m, d]) => `${m}${d}`),
    fc.tuple(hedged(numeral, (n) => `${n}x`), fc.constantFrom(' lower', ' higher')).map(([m, d]) => `${m}${d}`),
    hedged(numeral, (n) => `reduced by ${n}%`),
    hedged(numeral, (n) => `by ${n}%`),
    fc.constantFrom('lower', 'rises', 'doubled', 'halved', '-20%', '+20%'),
  ),
};

const inside = (x: number, i: IntervalJson): boolean => (i.lo === null || i.lo <= x) && (i.hi === null || x <= i.hi);

describe('the exported interval', () => {
  // Closed ends: "over 10,000" publishes 10000 with (10000, ∞), whose open end is the written figure.
  it.each(VALUE_TYPES.filter((t) => RAW[t]))('holds the published %s value it belongs to', (type) => {
    let checked = 0;
    fc.assert(
      fc.property(RAW[type as ValueType]!, (raw) => {
        const parsed = parseValue(type, raw);
        if (!parsed.ok) return;
        const interval = valueDetails(parsed.value).interval as IntervalJson | undefined;
        const normalized = normalize(parsed.value);
        if (!interval || typeof normalized !== 'number') return;
        checked++;
        expect(inside(normalized, interval), `${JSON.stringify(raw)}: ${normalized} in ${JSON.stringify(interval)}`).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    // The arbitraries must mostly parse, or the property says nothing.
    expect(checked).toBeGreaterThan(300);
  });
});
