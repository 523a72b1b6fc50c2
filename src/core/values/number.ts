/**
 * Plain counts and amounts: "6,613,169", "over 10,000", "57", "1M", "2 million", "13+",
 * optionally followed by the unit words the writer used ("over 10,000 systems", "10 gigawatts").
 * The unit is kept for display only; comparison goes by the number.
 */
import { compareIntervals } from '../compare/numeric.ts';
import { figureChart, figureExportFields, intervalRangeText } from './figure-type.ts';
import { BOUND_WORDS, formatNumber } from './figures.ts';
import { numericFields, rawToText, readQuantity } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { NumericBase, Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface NumberValue extends NumericBase {
  type: 'number';
  /** Unit word written beside the number, if any ("GPUs", "gigawatts", "points"). */
  unit?: string;
}

export const NUMBER_EXPECTED =
  'a number such as "6,613,169", "over 10,000", "2 million" or "13+ points"';

const UNIT = /^[\p{L}][\p{L}\p{N}\s'./&()-]*$/u;
/** Looks like a unit but really belongs to another value type. */
const NOT_A_UNIT = /^(?:x|×|times|fold|percent|per ?cent|pct)$/i;

export function parseNumber(raw: RawValue): Parsed<NumberValue> {
  const text = rawToText(raw);
  if (text === undefined || text === '') return fail(NUMBER_EXPECTED);
  const q = readQuantity(text);
  if (!q) return fail(NUMBER_EXPECTED);
  // "100,000-GPU cluster" glues the unit with a hyphen.
  const glued = q.rest.startsWith('-');
  const written = q.rest.replace(/^-/, '').trim();
  // A glued unit is an adjective, so English writes it singular ("a 2-million-token window"); shown
  // after the figure it is a noun again: "2 million tokens". Only a one-word unit, since in "GPU
  // cluster" the last word is what is counted once, not the unit.
  const unit = glued && q.numeral.value !== 1 && /^\p{L}+$/u.test(written) ? pluralWord(written) : written;
  if (unit !== '' && (!UNIT.test(unit) || NOT_A_UNIT.test(unit))) return fail(NUMBER_EXPECTED);
  return ok({ type: 'number', ...numericFields(q), ...(unit ? { unit } : {}) });
}

/** "token" -> "tokens", "gigawatt" -> "gigawatts", "query" -> "queries", "box" -> "boxes"; a word already ending in "s" stays. */
function pluralWord(word: string): string {
  if (/s$/i.test(word)) return word;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|z)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

const formatCount = (v: NumberValue): string =>
  `${BOUND_WORDS[v.bound]}${formatNumber(v.value, v.decimals)}${v.unit ? ` ${v.unit}` : ''}`;
// Axis ticks show bare figures (the axis names the unit once); a range ends with the unit words.
const tick = (_v: NumberValue, figure: string): string => figure;

export const numberType: ValueTypeDefinition<NumberValue> = {
  name: 'number',
  description: 'a count or amount, optionally with the unit words the article used',
  examples: ['6,613,169', 'over 10,000 systems', '1M', '15 trillion', '13+ points'],
  parse: parseNumber,
  normalize: (v) => v.value,
  format: formatCount,
  unit: (v) => v.unit ?? '',
  compare: (a, b) => compareIntervals(a, b, formatCount),
  exportFields: figureExportFields,
  rangeText: (v) => intervalRangeText(v, (figure) => tick(v, figure), v.unit),
  chart: figureChart(tick),
};
