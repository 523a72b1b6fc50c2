/**
 * What the numeric value types (percent, number, money, multiplier, change) share beyond the
 * numeral grammar: their API fields, their range in words and their chart position. Each type
 * module composes these; none of them dispatches on a type name.
 */
import { formatNumber, formatUpTo } from './figures.ts';
import { intervalJson } from './interval.ts';
import type { ChartFacet, NumericBase } from './types.ts';

/** Every field of the value but its `type`, with the interval made JSON-safe and written last. */
export function figureExportFields(v: NumericBase & { type: string }): Record<string, unknown> {
  const { type: _type, interval, ...rest } = v;
  return { ...rest, interval: intervalJson(interval) };
}

/**
 * The true values consistent with the wording, in words: "68.5% to 69.5%", "more than 10,000
 * systems". Ends are written like the figure: in its scale word, with only the decimals they
 * need (up to ten: "68.55" keeps its second, a whole "10,000" shows no ".0"), and followed by
 * `unit`, the words the figure's own text ends with ("systems", "per 1M input tokens").
 */
export function intervalRangeText(v: NumericBase, tick: (figure: string) => string, unit = ''): string {
  const end = (x: number): string => tick(formatUpTo(x, 10, v.value));
  const after = unit ? ` ${unit}` : '';
  const { lo, hi, loOpen, hiOpen } = v.interval;
  if (!Number.isFinite(lo) && !Number.isFinite(hi)) return 'any value';
  if (!Number.isFinite(hi)) return `${loOpen ? 'more than' : 'at least'} ${end(lo)}${after}`;
  if (!Number.isFinite(lo)) return `${hiOpen ? 'less than' : 'at most'} ${end(hi)}${after}`;
  // An exact figure is its written value, cents included ("$5.30").
  if (lo === hi) return `exactly ${tick(formatNumber(lo, v.decimals))}${after}`;
  return `${end(lo)} to ${end(hi)}${after}`;
}

/** A chart facet for figures whose axis is the written value and its interval. */
export function figureChart<V extends NumericBase>(tick: (v: V, figure: string) => string, axis: (v: V) => string = () => ''): ChartFacet<V> {
  return { position: (v) => ({ value: v.value, interval: v.interval }), axis, tick };
}
