/** Value texts for the pages: as written, normalised, and the range the wording allows. */
import type { RawValue, TypedValue } from '../core/model.ts';
import { formatNumber, formatValue } from '../core/values/index.ts';

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

function unitWrap(value: TypedValue, n: string): string {
  switch (value.type) {
    case 'percent':
      return `${n}%`;
    case 'money':
      return value.currency === 'USD' ? `$${n}` : `${n} ${value.currency}`;
    case 'multiplier':
      return `${n}x`;
    default:
      return n;
  }
}

/** One more decimal than written, so interval ends like 68.55 stay visible. */
function end(value: TypedValue & { decimals: number }, x: number): string {
  return unitWrap(value, formatNumber(x, Math.min(value.decimals + 1, 6)));
}

/**
 * The true values consistent with the wording, in words: "68.5% to 69.5%",
 * "more than 10,000", "any day in April 2026". Empty for values without a range.
 */
export function rangeText(value: TypedValue): string {
  switch (value.type) {
    case 'percent':
    case 'number':
    case 'money':
    case 'multiplier': {
      const { lo, hi, loOpen, hiOpen } = value.interval;
      if (!Number.isFinite(lo) && !Number.isFinite(hi)) return 'any value';
      if (!Number.isFinite(hi)) return `${loOpen ? 'more than' : 'at least'} ${end(value, lo)}`;
      if (!Number.isFinite(lo)) return `${hiOpen ? 'less than' : 'at most'} ${end(value, hi)}`;
      if (lo === hi) return `exactly ${end(value, lo)}`;
      return `${end(value, lo)} to ${end(value, hi)}`;
    }
    case 'date':
      if (value.precision === 'day') return '';
      return `any day in ${formatValue(value)}`;
    default:
      return '';
  }
}

/** Plain-number ticks for a chart axis, in the claim's unit. */
export function tickFormatter(sample: TypedValue): (n: number, decimals: number) => string {
  return (n, decimals) => unitWrap(sample, formatNumber(n, decimals));
}

/** Counts in words for headings: "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
