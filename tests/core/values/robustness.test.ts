import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALUE_TYPES } from '../../../src/core/values/registry.ts';
import { formatValue, normalize, parseValue } from '../../../src/core/values/index.ts';

const anyRaw = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.integer(), fc.boolean());

describe('parseValue on arbitrary input', () => {
  it('never throws, and every success normalises and formats', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_TYPES), anyRaw, (type, raw) => {
        const result = parseValue(type, raw);
        if (result.ok) {
          expect(result.value.type).toBe(type);
          expect(['string', 'number', 'boolean']).toContain(typeof normalize(result.value));
          expect(typeof formatValue(result.value)).toBe('string');
        } else {
          expect(result.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('survives values a YAML loader should never hand over', () => {
    for (const type of VALUE_TYPES) {
      expect(parseValue(type, null as never).ok).toBe(false);
      expect(parseValue(type, {} as never).ok).toBe(false);
      expect(parseValue(type, Number.NaN).ok).toBe(false);
    }
    expect(parseValue('nope' as never, '1').ok).toBe(false);
  });

  it('round-trips numbers: the written value lies inside its own interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        const text = (n / 10 ** d).toFixed(d);
        const result = parseValue('number', text);
        expect(result.ok).toBe(true);
        if (result.ok && result.value.type === 'number') {
          const { interval, value } = result.value;
          expect(value).toBeCloseTo(Number(text), 9);
          expect(interval.lo).toBeLessThanOrEqual(value);
          expect(interval.hi).toBeGreaterThan(value);
        }
      }),
    );
  });
});
