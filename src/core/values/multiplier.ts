/**
 * Multipliers: "35x", "35×", "10 times", "doubled" (2x up), "tripled", "halved" (0.5x down),
 * with an optional direction word ("35x lower", "50x higher").
 */
import { compareChanges, compareIntervals } from '../compare/numeric.ts';
import { changeFactor } from './change-factor.ts';
import type { Direction } from './direction.ts';
import { MULTIPLIER_WORDS, readDirectionSuffix } from './direction.ts';
import { figureChart, figureExportFields, intervalRangeText } from './figure-type.ts';
import { BOUND_WORDS, directionWord, formatNumber } from './figures.ts';
import type { Quantity } from './numeral.ts';
import { numericFields, rawToText, readNumeral, readQuantity } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { ChangeView, NumericBase, Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface MultiplierValue extends NumericBase {
  type: 'multiplier';
  direction?: 'increase' | 'decrease';
}

export const MULTIPLIER_EXPECTED =
  'a multiplier such as "35x", "10×", "35x lower", "doubled" or "halved"';

export interface ReadMultiplier {
  quantity: Quantity;
  direction?: Direction;
  rest: string;
}

const TIMES = /^(?:x|×|times|-?fold)(?![\p{L}])\s*/iu;

/** Reads a multiplier and its direction word from the start of `text`. */
export function readMultiplier(text: string): ReadMultiplier | undefined {
  let quantity: Quantity | undefined;
  let direction: Direction | undefined;
  const word = /^([a-z]+)\b\s*/i.exec(text);
  const known = word ? MULTIPLIER_WORDS[word[1].toLowerCase()] : undefined;
  if (word && known) {
    const numeral = readNumeral(known.digits);
    if (!numeral) return undefined;
    quantity = { bound: 'exact', numeral, rest: text.slice(word[0].length) };
    direction = known.direction;
  } else {
    const q = readQuantity(text);
    if (!q) return undefined;
    const times = TIMES.exec(q.rest);
    if (!times) return undefined;
    quantity = { ...q, rest: q.rest.slice(times[0].length) };
  }
  const suffix = readDirectionSuffix(quantity.rest);
  if (!suffix) return undefined;
  if (suffix.direction && direction && suffix.direction !== direction) return undefined;
  return { quantity, direction: suffix.direction ?? direction, rest: suffix.rest.trim() };
}

export function parseMultiplier(raw: RawValue): Parsed<MultiplierValue> {
  // A bare YAML number is a multiplier as written: 35 means 35x.
  const text = typeof raw === 'number' ? `${rawToText(raw)}x` : rawToText(raw);
  if (text === undefined || text === '') return fail(MULTIPLIER_EXPECTED);
  const m = readMultiplier(text);
  if (!m || m.rest !== '' || !(m.quantity.numeral.value > 0)) return fail(MULTIPLIER_EXPECTED);
  return ok({
    type: 'multiplier',
    ...numericFields(m.quantity, { nonNegative: true }),
    ...(m.direction ? { direction: m.direction } : {}),
  });
}

const formatMultiplier = (v: MultiplierValue): string =>
  `${BOUND_WORDS[v.bound]}${formatNumber(v.value, v.decimals)}x${directionWord(v.direction)}`;
const tick = (_v: MultiplierValue, figure: string): string => `${figure}x`;

function asChange(v: MultiplierValue): ChangeView {
  const base = { form: 'multiplier', value: v.value, interval: v.interval, direction: v.direction } as const;
  return { ...base, factor: changeFactor(base), source: v, text: formatMultiplier(v) };
}

export const multiplierType: ValueTypeDefinition<MultiplierValue> = {
  name: 'multiplier',
  description: 'how many times one quantity is another, optionally with a direction word',
  examples: ['35x', '10×', '35x lower', 'doubled', 'halved'],
  parse: parseMultiplier,
  normalize: (v) => v.value,
  format: formatMultiplier,
  unit: () => 'x',
  // "35x lower" against "35x higher" is a change pointing both ways, not a matter of intervals.
  compare: (a, b) =>
    a.direction && b.direction && a.direction !== b.direction ? compareChanges(asChange(a), asChange(b)) : compareIntervals(a, b, formatMultiplier),
  exportFields: figureExportFields,
  rangeText: (v) => intervalRangeText(v, (figure) => tick(v, figure)),
  chart: figureChart(tick),
  asChange,
};
