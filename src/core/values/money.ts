/**
 * Money: "$5.30", "$20 million", "$1,200 per million tokens", "$5.30 per 1M input tokens",
 * "USD 5", "€3". The basis ("per million tokens") is normalised so the comparator can tell
 * prices per the same thing from prices per different things ("1M tokens" vs "1M input tokens").
 */
import { compareIntervals, ordered, quotePair } from '../compare/numeric.ts';
import type { Comparison } from '../compare/types.ts';
import { figureChart, figureExportFields, intervalRangeText } from './figure-type.ts';
import { BOUND_WORDS, formatNumber } from './figures.ts';
import { clean, numericFields, readBoundPrefix, readBoundSuffix, readNumeral } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { NumericBase, Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface MoneyValue extends NumericBase {
  type: 'money';
  currency: string;
  /** What the amount is per, normalised ("1M tokens", "1M input tokens"), or undefined for a lump sum. */
  basis?: string;
}

export const MONEY_EXPECTED =
  'an amount of money such as "$5.30", "$20 million", "€3" or "$1,200 per million tokens"';

const PREFIX_CURRENCIES: [RegExp, string][] = [
  [/^US\$\s*/i, 'USD'],
  [/^C\$\s*/, 'CAD'],
  [/^A\$\s*/, 'AUD'],
  [/^\$\s*/, 'USD'],
  [/^€\s*/, 'EUR'],
  [/^£\s*/, 'GBP'],
  [/^¥\s*/, 'JPY'],
  [/^₹\s*/, 'INR'],
  [/^([A-Z]{3})\s+(?=[\d.])/, ''],
];
const SUFFIX_CURRENCIES: [RegExp, string][] = [
  // "0.53 cents per 1K tokens": read as dollars, two places down (see parseMoney).
  [/^(?:US )?cents?\b\s*|^¢\s*/i, 'USD¢'],
  [/^(?:US )?dollars?\b\s*/i, 'USD'],
  [/^euros?\b\s*/i, 'EUR'],
  [/^pounds?(?: sterling)?\b\s*/i, 'GBP'],
  [/^€\s*/, 'EUR'],
  [/^([A-Z]{3})\b\s*/, ''],
];
/** Codes we accept after a number; a three-letter word like "GPU" must not become a currency. */
const KNOWN_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'AUD', 'CHF', 'INR', 'KRW']);

const SCALE_COUNTS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // "$5.30/M tokens": a scale letter standing for "1M".
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
};

function countLabel(count: number): string {
  if (count >= 1e12 && count % 1e12 === 0) return `${count / 1e12}T`;
  if (count >= 1e9 && count % 1e9 === 0) return `${count / 1e9}B`;
  if (count >= 1e6 && count % 1e6 === 0) return `${count / 1e6}M`;
  if (count >= 1e3 && count % 1e3 === 0) return `${count / 1e3}K`;
  return String(count);
}

/** "per million tokens" and "per 1M tokens" → "1M tokens"; "per token" → "token". */
export function normalizeBasis(text: string): string | undefined {
  let t = clean(text).toLowerCase().replace(/[.;,]+$/, '').trim();
  t = t.replace(/^(?:per|a|an|each|every|\/)\s*/, '');
  t = t.replace(/^(?:one|a|an|single)\s+/, '');
  if (t === '') return undefined;
  let count = 1;
  const numeral = readNumeral(t, { lowercaseM: true });
  if (numeral) {
    count = numeral.value;
    t = numeral.rest;
  } else {
    const word = /^(hundred|thousand|million|billion|trillion|k|m|mn|b|bn)\b\s*/.exec(t);
    if (word) {
      count = SCALE_COUNTS[word[1]];
      t = t.slice(word[0].length);
    }
  }
  if (!(count > 0)) return undefined;
  const noun = t.trim();
  if (noun !== '' && !/^[\p{L}][\p{L}\p{N}\s'/-]*$/u.test(noun)) return undefined;
  const label = count === 1 ? '' : countLabel(count);
  return [label, noun].filter(Boolean).join(' ') || undefined;
}

function readCurrency(table: [RegExp, string][], text: string): { currency: string; rest: string; cents?: true } | undefined {
  for (const [re, currency] of table) {
    const m = re.exec(text);
    if (!m) continue;
    const code = currency || m[1].toUpperCase();
    if (currency === 'USD¢') return { currency: 'USD', rest: text.slice(m[0].length), cents: true };
    if (!currency && !KNOWN_CODES.has(code)) continue;
    return { currency: code, rest: text.slice(m[0].length) };
  }
  return undefined;
}

export function parseMoney(raw: RawValue): Parsed<MoneyValue> {
  if (typeof raw !== 'string') return fail(`${MONEY_EXPECTED}, written with its currency`);
  const text = clean(raw);
  const prefix = readBoundPrefix(text);
  const before = readCurrency(PREFIX_CURRENCIES, prefix.rest);
  const numeral = readNumeral(before ? before.rest : prefix.rest, { lowercaseM: true });
  if (!numeral) return fail(MONEY_EXPECTED);
  const suffix = readBoundSuffix(numeral.rest, prefix.bound);
  let rest = suffix.rest;
  let currency = before?.currency;
  let cents = false;
  if (!currency) {
    const after = readCurrency(SUFFIX_CURRENCIES, rest);
    if (!after) return fail(`${MONEY_EXPECTED}, written with its currency`);
    currency = after.currency;
    rest = after.rest;
    cents = after.cents === true;
  }
  let basis: string | undefined;
  if (rest !== '') {
    if (!/^(?:per\b|a\b|an\b|each\b|every\b|\/)/i.test(rest)) return fail(MONEY_EXPECTED);
    basis = normalizeBasis(rest);
    if (basis === undefined) return fail(MONEY_EXPECTED);
  }
  const read = numericFields({ bound: suffix.bound, numeral, rest: '' });
  const down = (x: number) => shift(x, -2);
  const fields = cents
    ? { ...read, value: down(read.value), halfStep: down(read.halfStep), decimals: read.decimals + 2, interval: { ...read.interval, lo: down(read.interval.lo), hi: down(read.interval.hi) } }
    : read;
  return ok({ type: 'money', ...fields, currency, ...(basis ? { basis } : {}) });
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

function formatMoney(v: MoneyValue): string {
  const symbol = SYMBOLS[v.currency];
  const amount = formatNumber(v.value, v.decimals);
  const money = symbol ? `${symbol}${amount}` : `${v.currency} ${amount}`;
  return `${BOUND_WORDS[v.bound]}${money}${v.basis ? ` per ${v.basis}` : ''}`;
}

/** A basis as a count and the thing counted: "1M input tokens" is 1,000,000 of "input token". */
export function basisParts(basis: string | undefined): { count: number; noun: string } {
  if (!basis) return { count: 1, noun: '' };
  const numeral = readNumeral(basis, { lowercaseM: true });
  const [count, noun] = numeral && numeral.value > 0 ? [numeral.value, numeral.rest] : [1, basis];
  // "tokens" and "token" are one thing counted; only the last word takes the plural.
  return { count, noun: noun.toLowerCase().replace(/s$/, '') };
}

/** `x` times 10^e, shifted in decimal so that shifting back gives `x` again exactly. */
function shift(x: number, e: number): number {
  if (!Number.isFinite(x) || x === 0 || e === 0) return x;
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + e}`);
}

function scaleBy(x: number, from: number, to: number): number {
  const e = Math.log10(to / from);
  return Number.isInteger(e) ? shift(x, e) : (x * to) / from;
}

/**
 * The same price per another count of the same thing: "$0.002 per 1K tokens" is "$2 per 1M
 * tokens". Undefined when the bases count different things (per GPU-hour, per 1M tokens) or
 * one amount is a lump sum. The written decimals are kept, so converting back is the identity.
 */
export function convertBasis(v: MoneyValue, basis: string): MoneyValue | undefined {
  const from = basisParts(v.basis);
  const to = basisParts(basis);
  if (!v.basis || from.noun !== to.noun) return undefined;
  const k = (x: number) => scaleBy(x, from.count, to.count);
  return {
    ...v,
    value: k(v.value),
    halfStep: k(v.halfStep),
    interval: { ...v.interval, lo: k(v.interval.lo), hi: k(v.interval.hi) },
    basis,
  };
}

/** A converted price with the cents a price shows, not the decimals of the figure it came from. */
function formatConverted(v: MoneyValue): string {
  // As many decimals as the converted amount has (at least the two of cents, at most ten).
  const digits = Number(v.value.toPrecision(12)).toFixed(10).replace(/0+$/, '').split('.')[1] ?? '';
  return formatMoney({ ...v, decimals: Math.max(2, digits.length) });
}

/** How far apart two prices are, from the lower: "25%" for $2.00 against $2.50. */
function gap(a: MoneyValue, b: MoneyValue): string {
  const [lo, hi] = [Math.min(a.value, b.value), Math.max(a.value, b.value)];
  if (!(lo > 0)) return '';
  const pct = ((hi - lo) / lo) * 100;
  return `${pct >= 10 ? Math.round(pct) : Number(pct.toPrecision(2))}%`;
}

/**
 * Amounts in different currencies, or per things that cannot be converted into each other, are
 * not compared, and say so. Prices per different counts of one thing are converted to the larger
 * count (per 1M tokens rather than per token) and compared there; the note shows the conversion.
 */
export function compareMoney(a: MoneyValue, b: MoneyValue): Comparison {
  if (a.currency !== b.currency) {
    const [x, y] = ordered(a.currency, b.currency);
    return { agree: true, diagnosis: 'different-currency', note: `Amounts in ${x} and ${y} are not compared.` };
  }
  if ((a.basis ?? '') !== (b.basis ?? '')) {
    const [pa, pb] = [basisParts(a.basis), basisParts(b.basis)];
    // The larger count is the canonical basis; on a tie, the basis that sorts first.
    const target = pa.count !== pb.count ? (pa.count > pb.count ? a : b).basis : ordered(a.basis ?? '', b.basis ?? '')[0];
    const [ca, cb] = [target ? convertBasis(a, target) : undefined, target ? convertBasis(b, target) : undefined];
    if (!ca || !cb) {
      const [x, y] = ordered(a.basis ? `per ${a.basis}` : 'a lump sum', b.basis ? `per ${b.basis}` : 'a lump sum');
      return {
        agree: true,
        diagnosis: 'different-basis',
        note: `One amount is ${x} and the other ${y}; they measure different things and are not compared.`,
      };
    }
    return compareConverted(a, ca, b, cb);
  }
  const c = compareIntervals(a, b, formatMoney);
  if (c.agree || c.diagnosis !== 'value-mismatch') return c;
  const by = gap(a, b);
  return by ? { ...c, note: `${quotePair(formatMoney(a), formatMoney(b))} differ by ${by}; they cannot both be right.` } : c;
}

/** Two prices after conversion to one basis: each written value once, then the comparison. */
function compareConverted(a: MoneyValue, ca: MoneyValue, b: MoneyValue, cb: MoneyValue): Comparison {
  const conversions = [a, b]
    .map((v, i) => (v.basis === [ca, cb][i].basis ? undefined : `${formatMoney(v)} = ${formatConverted([ca, cb][i])}`))
    .filter((x): x is string => x !== undefined)
    .sort();
  const other = [a, b].find((v, i) => v.basis === [ca, cb][i].basis);
  const c = compareIntervals(ca, cb, formatConverted);
  const shown = [...conversions, ...(other ? [formatMoney(other)] : [])].join('; ');
  if (!c.agree) return { agree: false, diagnosis: 'value-mismatch', note: `${shown} differs by ${gap(ca, cb)}; they cannot both be right.` };
  return { agree: true, diagnosis: 'equivalent-forms', note: `${conversions.join('; ')}: the same price${c.diagnosis === 'bound-compatible' ? ', allowing for the bound' : ''} on another basis.` };
}

// Chart ticks keep dollars as "$5" and name other currencies after the figure ("5 EUR").
const tick = (v: MoneyValue, figure: string): string => (v.currency === 'USD' ? `$${figure}` : `${figure} ${v.currency}`);

export const moneyType: ValueTypeDefinition<MoneyValue> = {
  name: 'money',
  description: 'an amount in a currency, optionally per something (a price per million tokens)',
  examples: ['$5.30', '$20 million', '$1,200 per million tokens', '$5.30 per 1M input tokens'],
  parse: parseMoney,
  normalize: (v) => v.value,
  format: formatMoney,
  unit: (v) => (v.basis ? `${v.currency} per ${v.basis}` : v.currency),
  compare: compareMoney,
  exportFields: figureExportFields,
  rangeText: (v) => intervalRangeText(v, (figure) => tick(v, figure), v.basis ? `per ${v.basis}` : ''),
  // Amounts share an axis only in one currency and per one thing.
  chart: figureChart(tick, (v) => JSON.stringify([v.currency, v.basis ?? ''])),
  // Articles often write a price bare where the property says what it is per; like is then compared with like.
  // "$5.30 per million" counts what the unit counts: per 1M input tokens.
  withPropertyUnit: (v, unit) => {
    const per = /\bper\b(.*)$/i.exec(unit);
    const basis = per ? normalizeBasis(per[1]) : undefined;
    if (!basis) return v;
    if (!v.basis) return { ...v, basis };
    const own = basisParts(v.basis);
    const noun = /^\S+(?:\s+(.*))?$/.exec(basis);
    if (own.noun !== '' || !/^\d/.test(v.basis) || !noun?.[1]) return v;
    return { ...v, basis: `${v.basis} ${noun[1]}` };
  },
};
