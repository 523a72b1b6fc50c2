/**
 * Figures in words and digits, shared by the numeric value types: the number itself, its
 * bound ("over ", "about ") and its direction (" lower"). Kept apart from the registry so
 * every value module can use it without an import cycle.
 */
import type { Bound } from './types.ts';

/** The bound as a prefix of the figure: "over ", "about ", or nothing for a precise figure. */
export const BOUND_WORDS: Record<Bound, string> = {
  exact: '',
  over: 'over ',
  under: 'under ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  about: 'about ',
  nearly: 'nearly ',
};

/** The bound as prose: "more than", "at least", "about", or "exactly" for precise figures. */
export function describeBound(bound: Bound): string {
  switch (bound) {
    case 'exact':
      return 'exactly (to the written precision)';
    case 'over':
      return 'more than';
    case 'under':
      return 'less than';
    case 'at-least':
      return 'at least';
    case 'at-most':
      return 'at most';
    case 'about':
      return 'about';
    case 'nearly':
      return 'just under';
  }
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/**
 * Intl formatters are costly to create (tens of µs each): one for scaled figures and one per
 * decimals count, in an array, since a site build formats a few hundred thousand numbers.
 */
const scaledFormatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 3 });
const fixedFormatters: Intl.NumberFormat[] = [];
function fixedFormatter(decimals: number): Intl.NumberFormat {
  return (fixedFormatters[decimals] ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
}

/** The scale formatNumber writes `value` in ("million" for 2,500,000), or undefined for none. */
function scaleOf(value: number): [number, string] | undefined {
  const abs = Math.abs(value);
  if (abs < SCALES[SCALES.length - 1][0]) return undefined;
  for (const [size, word] of SCALES) {
    const scaled = value / size;
    if (abs >= size && Number(scaled.toFixed(3)) === scaled) return [size, word];
  }
  return undefined;
}

export function formatNumber(value: number, decimals = 0): string {
  const scale = scaleOf(value);
  if (scale) return `${scaledFormatter.format(value / scale[0])} ${scale[1]}`;
  const d = Math.min(Math.max(decimals, 0), 20);
  return plainDecimal(value, d) ?? fixedFormatter(d).format(value);
}

/**
 * `value` with at most `maxDecimals` decimals and no trailing zeros ("13", "2.9", "68.55"), for
 * figures a reader compares with written ones: a computed 13 is not "13.0". With `like`, in the
 * scale word `like` is written in, so the ends of "1 million" read "0.5 million to 1.5 million",
 * not "500,000 to 1.5 million".
 */
export function formatUpTo(value: number, maxDecimals: number, like?: number): string {
  const scale = like === undefined ? undefined : scaleOf(like);
  // 12 significant digits drop the float noise a division leaves (0.30000000000000004).
  const n = Number((scale ? value / scale[0] : value).toPrecision(12));
  const d = Math.min(Math.max(maxDecimals, 0), 20);
  const fixed = plainDecimal(n, d) ?? fixedFormatter(d).format(n);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const figure = text === '-0' ? '0' : text;
  return scale ? `${figure} ${scale[1]}` : figure;
}

/**
 * `value` with `d` decimals and thousands separators, as en-US Intl writes it, when that needs
 * no rounding: its shortest decimal form has at most `d` decimals. Written out directly (a
 * site build formats over a hundred thousand figures, and Intl takes microseconds each);
 * undefined for anything else (rounding, exponents, -0), which Intl then formats.
 */
function plainDecimal(value: number, d: number): string | undefined {
  if (Object.is(value, -0)) return undefined;
  const text = String(value);
  if (text.includes('e') || !Number.isFinite(value)) return undefined;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (fraction.length > d) return undefined;
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return d > 0 ? `${sign}${grouped}.${fraction.padEnd(d, '0')}` : `${sign}${grouped}`;
}

/** The direction as a suffix of the figure: " higher", " lower", or nothing. */
export function directionWord(direction: 'increase' | 'decrease' | undefined): string {
  return direction === 'increase' ? ' higher' : direction === 'decrease' ? ' lower' : '';
}
