/**
 * Laws every comparison keeps, over figures written the many ways articles write them:
 * comparing is symmetric (same answer and same note either way round), a value agrees with
 * itself and with its normalised form, and converting a price's basis and back is the identity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { TypedValue } from '../../../src/core/model.ts';
import { readValue, type ValueContext } from '../../../src/core/values/in-context.ts';
import { formatValue, normalize } from '../../../src/core/values/index.ts';
import { convertBasis, type MoneyValue } from '../../../src/core/values/money.ts';

const bound = fc.constantFrom('', 'about ', 'over ', 'up to ', 'nearly ', 'more than ', 'at least ', '~');
const figure = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([digits, decimals]) => (digits / 10 ** decimals).toFixed(decimals));
const scale = fc.constantFrom('', ' thousand', ' million', 'K', 'M', ' billion');
const spelled = fc.constantFrom('two million', 'forty thousand', 'half a million', 'twelve', 'two and a half billion', 'a million');
const basis = fc.constantFrom('', ' per token', ' per 1K tokens', ' per thousand tokens', ' per 1M tokens', ' per million tokens', ' per GPU-hour', ' per 1M input tokens');
const direction = fc.constantFrom('lower', 'rises', 'cut', 'increasing', 'reduced by', 'up', 'down');

const count = fc.oneof(fc.tuple(bound, figure, scale).map((p) => p.join('')), spelled);
const price = fc.tuple(bound, figure, basis).map(([b, f, per]) => `${b}$${f}${per}`);
const score = fc.tuple(bound, figure, fc.constantFrom('%', ' percent', ' per cent')).map((p) => p.join(''));
const change = fc.oneof(
  direction,
  fc.tuple(direction, figure).map(([d, f]) => `${d} ${f}%`),
  fc.tuple(figure, fc.constantFrom('x lower', '% higher', 'x', '% fewer')).map((p) => p.join('')),
);
const list = fc.uniqueArray(fc.constantFrom('GB200', 'GB300', 'H100', 'A100', 'GB200 NVL72', 'TPU v5'), { minLength: 1, maxLength: 4 }).map((xs) => (xs.length === 1 ? xs[0] : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`));

const CASES: [ValueContext, fc.Arbitrary<string>][] = [
  [{ type: 'number' }, count],
  [{ type: 'number', precision: 'exact' }, count],
  [{ type: 'money', unit: 'USD per 1M tokens' }, price],
  [{ type: 'money', unit: 'USD', precision: 'measured' }, price],
  [{ type: 'percent' }, score],
  [{ type: 'change', direction: 'decrease' }, change],
  [{ type: 'text', list: true }, list],
];

function read(ctx: ValueContext, raw: string | number): TypedValue | undefined {
  const r = readValue(ctx, raw);
  return r.ok ? r.value : undefined;
}

describe('comparison laws', () => {
  it.each(CASES)('%o: comparing is symmetric, notes included', (ctx, raws) => {
    fc.assert(
      fc.property(raws, raws, (x, y) => {
        const [a, b] = [read(ctx, x), read(ctx, y)];
        fc.pre(a !== undefined && b !== undefined);
        expect(compareValues(a!, b!)).toEqual(compareValues(b!, a!));
      }),
    );
  });

  it.each(CASES)('%o: a value agrees with itself', (ctx, raws) => {
    fc.assert(
      fc.property(raws, (x) => {
        const a = read(ctx, x);
        fc.pre(a !== undefined);
        expect(compareValues(a!, a!).agree).toBe(true);
      }),
    );
  });

  it('a figure agrees with its normalised form read back', () => {
    const numeric: [ValueContext, fc.Arbitrary<string>][] = [CASES[0], CASES[1], CASES[4]];
    for (const [ctx, raws] of numeric) {
      fc.assert(
        fc.property(raws, (x) => {
          const a = read(ctx, x);
          fc.pre(a !== undefined);
          // A bounded figure's plain number drops its bound ("over 0" is 0): read back its display form instead.
          const n = 'bound' in a! && a!.bound !== 'exact' ? formatValue(a!) : normalize(a!);
          const b = read(ctx, typeof n === 'number' ? n : String(n));
          expect(b, `${x} normalises to ${String(n)}`).toBeDefined();
          expect(compareValues(a!, b!).agree).toBe(true);
        }),
      );
    }
  });

  it('a price agrees with itself on the canonical basis, and converting back is the identity', () => {
    const ctx: ValueContext = { type: 'money', unit: 'USD per 1M tokens' };
    fc.assert(
      fc.property(price, fc.constantFrom('token', '1K tokens', '1M tokens', '1B tokens'), (x, target) => {
        const a = read(ctx, x) as MoneyValue | undefined;
        fc.pre(a !== undefined && a.basis !== undefined && /token/.test(a.basis) && !/input/.test(a.basis));
        const there = convertBasis(a!, target);
        expect(there).toBeDefined();
        expect(compareValues(a!, there!).agree).toBe(true);
        expect(convertBasis(there!, a!.basis!)).toEqual(a);
      }),
    );
  });

  it('does not convert between things that are not one another', () => {
    const a = read({ type: 'money' }, '$2 per GPU-hour') as MoneyValue;
    expect(convertBasis(a, '1M tokens')).toBeUndefined();
  });
});
