/**
 * The numeric grammar every figure type shares: a bound prefix ("over", "about", "~"),
 * a numeral with thousands commas and decimals, a scale ("million", "1M"), and a bound
 * suffix ("13+", "10,000 or more").
 *
 * Precision rule: a figure is as precise as its last written digit. "69" means [68.5, 69.5)
 * (half-open, as rounding half up would produce it), "69.4" means [69.35, 69.45), and "200 million" means 200 ± 0.5 million — trailing zeros of
 * an integer are taken as written digits, because "$200 million" in prose rarely claims a
 * precision of ±50 million, and treating it as ±0.5 million keeps 200M and 210M apart.
 * Bounds: "over"/"under" are open at the written number, "at least"/"at most" closed.
 * "About" widens to ±10% of the value or ±2 steps of the last written digit, whichever is
 * larger ("about 40%" → [36, 44]), so rounded prose figures are not mistaken for conflicts;
 * the steps never count for more than a quarter of the value, nor the width for less than the
 * written precision ("about 2" → [1.5, 2.5], not 0 to 4). "Nearly" and "almost" take the same
 * tolerance on the near side of zero only: "nearly 2" → [1.5, 2], "nearly 40%" → [36, 40].
 */
import type { Bound, Interval } from './types.ts';
import { clampLow } from './interval.ts';
import { readSpelledPrefix } from './spelled.ts';

export interface Numeral {
  value: number;
  halfStep: number;
  decimals: number;
  /** Power of ten of the scale word ("million" → 6), 0 when none. */
  exponent: number;
  /** Signed integer made of every written digit (for exact interval ends). */
  digits: number;
  /** Text after the numeral and its scale, trimmed. */
  rest: string;
}

export interface Quantity {
  bound: Bound;
  numeral: Numeral;
  rest: string;
}

export interface NumeralOptions {
  /** Accept a lowercase "m" as million ("$5m"); off for plain numbers where it may mean metres. */
  lowercaseM?: boolean;
  /** Clamp open lower ends at zero for quantities that cannot be negative. */
  nonNegative?: boolean;
}

/** Unicode-normalise and tidy a written value so the grammars can stay ASCII-minded. */
export function clean(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const BOUND_PREFIXES: [RegExp, Bound][] = [
  [/^(?:over|more than|greater than|above|in excess of|upwards? of|>)\s*/i, 'over'],
  [/^(?:under|below|less than|fewer than|lower than|<)\s*/i, 'under'],
  [/^(?:at least|no less than|no fewer than|(?:a )?minimum of|≥|>=)\s*/i, 'at-least'],
  [/^(?:at most|no more than|up to|(?:a )?maximum of|≤|<=)\s*/i, 'at-most'],
  // Before "under": "just under 2" is just short of 2, not anything below it.
  [/^(?:nearly|almost|just under|just short of|not quite)\s*/i, 'nearly'],
  [/^(?:about|approximately|approx\.?|around|roughly|circa|ca\.|some|an estimated|estimated|~|≈)\s*/i, 'about'],
];

export function readBoundPrefix(text: string): { bound: Bound; rest: string } {
  for (const [re, bound] of BOUND_PREFIXES) {
    const m = re.exec(text);
    // Word prefixes need a following space; symbols may be glued ("~40%", ">10").
    if (m && (m[0].endsWith(' ') || /^[~≈<>≥≤]/.test(m[0]) || m[0].endsWith('.'))) {
      return { bound, rest: text.slice(m[0].length) };
    }
  }
  return { bound: 'exact', rest: text };
}

const SCALE_WORDS: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  mn: 6,
  mln: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
  tn: 12,
};
const SCALE_LETTERS: Record<string, number> = { k: 3, K: 3, M: 6, B: 9, T: 12 };

const NUMERAL = /^([-+]?)(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))(?!\d|,\d)/;
/**
 * A decimal comma, as most of Europe writes "69,4%" or "€1,50": one or two digits after the
 * comma, never three (that is a thousands separator) and no further digits or commas.
 */
const DECIMAL_COMMA = /^([-+]?)(\d+),(\d{1,2})(?![\d,])/;

export function readNumeral(text: string, options: NumeralOptions = {}): Numeral | undefined {
  const comma = DECIMAL_COMMA.exec(text);
  if (comma) return readNumeral(`${comma[1]}${comma[2]}.${comma[3]}${text.slice(comma[0].length)}`, options);
  const m = NUMERAL.exec(text);
  if (!m) {
    // "forty thousand" is read as the "40 thousand" it spells, so it gets that precision.
    const spelled = /^[a-z]/i.test(text) ? readSpelledPrefix(text) : undefined;
    return spelled ? readNumeral(`${spelled.numeral}${spelled.rest}`, options) : undefined;
  }
  const sign = m[1] === '-' ? -1 : 1;
  const whole = (m[2] ?? '0').replace(/,/g, '');
  const fraction = m[3] ?? m[4] ?? '';
  let rest = text.slice(m[0].length);

  let exponent = 0;
  // "2-million-token" glues the scale word on with a hyphen, as compound adjectives do.
  const word = /^(?:\s*|-)([a-z]+)\b/i.exec(rest);
  const letter = /^([kKMBT]|m)(?![\p{L}\p{N}])/u.exec(rest);
  if (word && SCALE_WORDS[word[1].toLowerCase()] !== undefined) {
    exponent = SCALE_WORDS[word[1].toLowerCase()];
    rest = rest.slice(word[0].length);
  } else if (letter && (letter[1] !== 'm' || options.lowercaseM)) {
    exponent = SCALE_LETTERS[letter[1]] ?? 6;
    rest = rest.slice(letter[0].length);
  }

  const decimals = fraction.length;
  const mantissa = `${whole}${fraction ? `.${fraction}` : ''}`;
  const value = sign * Number(`${mantissa}e${exponent}`);
  const digits = sign * Number(`${whole}${fraction}`);
  const halfStep = Number(`5e${exponent - decimals - 1}`);
  if (!Number.isFinite(value) || !Number.isFinite(halfStep)) return undefined;
  return { value: value === 0 ? 0 : value, halfStep, decimals, exponent, digits, rest: rest.trim() };
}

/** "13+" and "10,000 or more" put the bound after the number. */
export function readBoundSuffix(rest: string, bound: Bound): { bound: Bound; rest: string } {
  if (bound !== 'exact') return { bound, rest };
  if (rest.startsWith('+')) return { bound: 'over', rest: rest.slice(1).trim() };
  // "$20 million-plus", "3 million plus"
  const plus = /^-?plus\b\s*/i.exec(rest);
  if (plus) return { bound: 'over', rest: rest.slice(plus[0].length) };
  const m = /^(?:or|and) (more|above|over|greater|higher|up|less|fewer|below|under|lower)\b\s*/i.exec(rest);
  if (!m) return { bound, rest };
  const up = /^(more|above|over|greater|higher|up)$/i.test(m[1]);
  return { bound: up ? 'at-least' : 'at-most', rest: rest.slice(m[0].length) };
}

export function readQuantity(text: string, options: NumeralOptions = {}): Quantity | undefined {
  const prefix = readBoundPrefix(text);
  const numeral = readNumeral(prefix.rest, options);
  if (!numeral) return undefined;
  const suffix = readBoundSuffix(numeral.rest, prefix.bound);
  return { bound: suffix.bound, numeral, rest: suffix.rest };
}

/** Exact ends from the written digits, so "69.4" gives 69.35 rather than 69.35000000000001. */
function precisionEnds(n: Numeral): [number, number] {
  const tenfold = n.digits * 10;
  if (Number.isSafeInteger(tenfold + 5) && Number.isSafeInteger(tenfold - 5)) {
    const e = n.exponent - n.decimals - 1;
    return [Number(`${tenfold - 5}e${e}`), Number(`${tenfold + 5}e${e}`)];
  }
  return [n.value - n.halfStep, n.value + n.halfStep];
}

/**
 * Half-width of an "about" figure: ±10% of the value or ±2 written steps, whichever is larger.
 * The steps are capped at a quarter of the value, since for a one-digit figure two steps are the
 * value itself ("about 2 petabytes" would run from 0 to 4), and the width never falls below the
 * written precision, so "about 2" allows at least what a plain "2" does.
 */
export function aboutWidth(value: number, halfStep: number): number {
  const magnitude = Math.abs(value);
  return Math.max(magnitude * 0.1, Math.min(halfStep * 4, magnitude * 0.25), halfStep);
}

/** Rounded to 15 significant digits, so interval ends stay decimal (0.018, not 0.018000000000000002). */
const tidy = (x: number): number => Number(x.toPrecision(15));

export function numeralInterval(n: Numeral, bound: Bound, options: NumeralOptions = {}): Interval {
  const v = n.value;
  let interval: Interval;
  switch (bound) {
    case 'exact': {
      // Round half away from zero: "69" covers [68.5, 69.5), so 69% and 70% never touch.
      const [lo, hi] = precisionEnds(n);
      interval = { lo, hi, loOpen: n.digits < 0, hiOpen: n.digits >= 0 };
      break;
    }
    case 'over':
      interval = { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
      break;
    case 'at-least':
      interval = { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
      break;
    case 'under':
      interval = { lo: -Infinity, hi: v, loOpen: true, hiOpen: true };
      break;
    case 'at-most':
      interval = { lo: -Infinity, hi: v, loOpen: true, hiOpen: false };
      break;
    case 'about': {
      // Tidy ends also let a price converted to another basis convert back exactly.
      const w = aboutWidth(v, n.halfStep);
      interval = { lo: tidy(v - w), hi: tidy(v + w), loOpen: false, hiOpen: false };
      break;
    }
    case 'nearly': {
      // Just short of the figure, on the side of zero: "nearly 2" is at most 2, and close to it.
      const w = aboutWidth(v, n.halfStep);
      interval = v >= 0 ? { lo: tidy(v - w), hi: v, loOpen: false, hiOpen: false } : { lo: v, hi: tidy(v + w), loOpen: false, hiOpen: false };
      break;
    }
  }
  return options.nonNegative ? clampLow(interval, 0) : interval;
}

/** Everything a NumericBase needs, from a quantity. */
export function numericFields(q: Quantity, options: NumeralOptions = {}) {
  return {
    value: q.numeral.value,
    interval: numeralInterval(q.numeral, q.bound, options),
    bound: q.bound,
    halfStep: q.numeral.halfStep,
    decimals: q.numeral.decimals,
  };
}

/** A raw YAML number, read through the same grammar so its precision follows its digits. */
export function rawToText(raw: string | number | boolean): string | undefined {
  if (typeof raw === 'string') return clean(raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    // Avoid exponent notation, which the grammar does not read.
    return Math.abs(raw) >= 1e21 ? undefined : raw.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  return undefined;
}
