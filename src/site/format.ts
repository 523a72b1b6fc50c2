/** Value texts for the pages: as written, normalised, and the range the wording allows. */
import type { RawValue, TypedValue } from '../core/model.ts';
import { definitionFor, formatNumber, formatValue } from '../core/values/index.ts';

/** The value as the source wrote it; yes/no for booleans. */
export function rawText(raw: RawValue): string {
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  return String(raw);
}

export function normalizedText(value: TypedValue): string {
  try {
    return formatValue(value);
  } catch {
    return '';
  }
}

/**
 * The true values consistent with the wording, in words: "68.5% to 69.5%",
 * "more than 10,000", "any day in April 2026". Empty for values without a range.
 */
export function rangeText(value: TypedValue): string {
  return definitionFor(value).rangeText(value);
}

/** Plain-number ticks for a chart axis, in the claim's unit. */
export function tickFormatter(sample: TypedValue): (n: number, decimals: number) => string {
  const chart = definitionFor(sample).chart;
  return (n, decimals) => (chart ? chart.tick(sample, formatNumber(n, decimals)) : formatNumber(n, decimals));
}

/** One formatter for every count: `toLocaleString` builds a new one per call (0.5 s of a 100k build). */
const COUNT = new Intl.NumberFormat('en-US');

/** Counts in words for headings: "1 claim", "3 claims", "12,345 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  // Small whole counts need no grouping, and formatting them was most of this function's cost.
  const count = Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : COUNT.format(n);
  return `${count} ${n === 1 ? one : many}`;
}
