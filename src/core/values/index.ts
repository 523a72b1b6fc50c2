/**
 * Typed values: parse what a claim file says into a TypedValue, and reduce a TypedValue
 * to the plain value the API and the CSV publish.
 */
import type { NormalizedValue, ParseResult, RawValue, TypedValue, ValueType } from '../model.ts';
import { parseBoolean } from './boolean.ts';
import { parseChange } from './change.ts';
import { parseDate } from './date.ts';
import { parseMoney } from './money.ts';
import { parseMultiplier } from './multiplier.ts';
import { parseNumber } from './number.ts';
import { parsePercent } from './percent.ts';
import { parseText } from './text.ts';

export { describeBound, formatNumber, formatValue, unitOf } from './format.ts';
export { formatInterval, intersects } from './interval.ts';
export { normalizeBasis } from './money.ts';
export { normalizeText } from './text.ts';

const PARSERS: Record<ValueType, (raw: RawValue) => ParseResult> = {
  percent: parsePercent,
  number: parseNumber,
  money: parseMoney,
  date: parseDate,
  multiplier: parseMultiplier,
  change: parseChange,
  boolean: parseBoolean,
  text: parseText,
};

/** Never throws: any input that is not a value of `type` yields `{ ok: false, expected }`. */
export function parseValue(type: ValueType, raw: RawValue): ParseResult {
  const parser = Object.hasOwn(PARSERS, type) ? PARSERS[type] : undefined;
  if (!parser) return { ok: false, expected: `a known value type instead of "${String(type)}"` };
  // The empty string fails every grammar, so it yields each type's own "expected" sentence.
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return parser('');
  if (typeof raw === 'number' && !Number.isFinite(raw)) return parser('');
  try {
    return parser(raw);
  } catch {
    // A parser bug must not take down a build; report it as an unreadable value.
    return parser('');
  }
}

/**
 * The plain published value: ISO text for dates, base units for numbers and money,
 * the percent for percents, the signed percent or multiplier for changes.
 */
export function normalize(v: TypedValue): NormalizedValue {
  switch (v.type) {
    case 'percent':
    case 'number':
    case 'money':
    case 'multiplier':
      return v.value;
    case 'change':
      return v.direction === 'decrease' ? -v.value : v.value;
    case 'date':
      return v.iso;
    case 'boolean':
      return v.value;
    case 'text':
      return v.normalized;
  }
}
