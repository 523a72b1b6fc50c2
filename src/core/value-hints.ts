/**
 * The hint of a value that does not read as its property's type. The likeliest mistake comes
 * first: a figure written without the unit its property has ("61.0" for a percent, "5" or
 * "five bucks" for a price) wants the unit added, and only then might it belong elsewhere.
 */
import { quoteUserText } from './diagnostics.ts';
import type { Property, RawValue } from './model.ts';
import { describeOtherReading, parseValue } from './values/index.ts';
import { readValue } from './values/in-context.ts';
import { findSpelledNumbers } from './values/spelled.ts';

/** Slang or words for a currency, with the symbol a figure takes instead. */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/\s*\b(?:bucks?|dollars?|usd)\b\s*/i, '$'],
  [/\s*\b(?:euros?|eur)\b\s*/i, '€'],
  [/\s*\b(?:quid|pounds?(?: sterling)?|gbp)\b\s*/i, '£'],
];
const UNIT_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** Spelled numbers as figures: "about five bucks" -> "about 5 bucks". */
function inFigures(text: string): string {
  let out = text;
  for (const n of findSpelledNumbers(text).reverse()) out = out.slice(0, n.start) + n.numeral + out.slice(n.end);
  return out;
}

/** The value with the unit its property's type needs, when adding it is all it takes; else undefined. */
function withUnit(property: Property, raw: RawValue): string | undefined {
  const text = inFigures(String(raw).trim());
  if (!/\d/.test(text)) return undefined;
  let candidate: string | undefined;
  if (property.type === 'percent' && /\d\s*$/.test(text)) candidate = `${text}%`;
  if (property.type === 'money' && !/[$€£¥₹]/.test(text)) {
    const word = CURRENCY_WORDS.find(([re]) => re.test(text));
    const code = /^[A-Z]{3}\b/.exec(property.unit ?? '')?.[0];
    const symbol = word?.[1] ?? (code ? UNIT_SYMBOLS[code] : undefined);
    const bare = word ? text.replace(word[0], ' ').trim() : text;
    if (symbol) candidate = bare.replace(/\d/, (d) => symbol + d).replace(/\s+/g, ' ');
  }
  return candidate && readValue(property, candidate).ok ? candidate : undefined;
}

/** What a value should look like: the value with its unit first, then what else it reads as. */
export function unparseableHint(expected: string, property: Property, raw: RawValue): string {
  const fixed = withUnit(property, raw);
  const bareNumber = typeof raw === 'number' || /^[+-]?\d[\d,]*(?:\.\d+)?$/.test(String(raw).trim());
  const elsewhere = bareNumber ? ' If it states a plain number instead, the claim belongs under a number property.' : '';
  if (fixed) {
    const what = property.type === 'percent' ? 'a percentage' : 'an amount of money';
    return `Expected ${expected}. Write ${quoteUserText(fixed)} if the article gives ${what}.${elsewhere}`;
  }
  // Money in words reads as a number with the unit "bucks": sending it to a number property would mislead.
  if (property.type === 'money' && parseValue('number', raw).ok) {
    return `Expected ${expected}. Write the amount in figures with its currency, e.g. "$5" or "about $5".${elsewhere}`;
  }
  const other = describeOtherReading(property.type, raw, (text) => quoteUserText(text));
  return other ? `Expected ${expected}. ${other}` : `Expected ${expected}.`;
}
