/**
 * Money: "$5.30", "$20 million", "$1,200 per million tokens", "$5.30 per 1M input tokens",
 * "USD 5", "€3". The basis ("per million tokens") is normalised so the comparator can tell
 * prices per the same thing from prices per different things ("1M tokens" vs "1M input tokens").
 */
import type { ParseResult, RawValue } from '../model.ts';
import { clean, numericFields, readBoundPrefix, readBoundSuffix, readNumeral } from './numeral.ts';
import { fail, ok } from './result.ts';

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
    const word = /^(hundred|thousand|million|billion|trillion)\b\s*/.exec(t);
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

function readCurrency(table: [RegExp, string][], text: string): { currency: string; rest: string } | undefined {
  for (const [re, currency] of table) {
    const m = re.exec(text);
    if (!m) continue;
    const code = currency || m[1].toUpperCase();
    if (!currency && !KNOWN_CODES.has(code)) continue;
    return { currency: code, rest: text.slice(m[0].length) };
  }
  return undefined;
}

export function parseMoney(raw: RawValue): ParseResult {
  if (typeof raw !== 'string') return fail(`${MONEY_EXPECTED}, written with its currency`);
  const text = clean(raw);
  const prefix = readBoundPrefix(text);
  const before = readCurrency(PREFIX_CURRENCIES, prefix.rest);
  const numeral = readNumeral(before ? before.rest : prefix.rest, { lowercaseM: true });
  if (!numeral) return fail(MONEY_EXPECTED);
  const suffix = readBoundSuffix(numeral.rest, prefix.bound);
  let rest = suffix.rest;
  let currency = before?.currency;
  if (!currency) {
    const after = readCurrency(SUFFIX_CURRENCIES, rest);
    if (!after) return fail(`${MONEY_EXPECTED}, written with its currency`);
    currency = after.currency;
    rest = after.rest;
  }
  let basis: string | undefined;
  if (rest !== '') {
    if (!/^(?:per\b|a\b|an\b|each\b|every\b|\/)/i.test(rest)) return fail(MONEY_EXPECTED);
    basis = normalizeBasis(rest);
    if (basis === undefined) return fail(MONEY_EXPECTED);
  }
  const fields = numericFields({ bound: suffix.bound, numeral, rest: '' });
  return ok({ type: 'money', ...fields, currency, ...(basis ? { basis } : {}) });
}
