/**
 * Typed values: parse what a claim file says into a TypedValue, and reduce a TypedValue
 * to the plain value the API and the CSV publish. Each type's rules live in its own module
 * (see types.ts for the contract and registry.ts for the list).
 */
import { formatValue } from './format.ts';
import { definitionFor, definitionOf, isValueType, VALUE_TYPES, type ParseResult, type TypedValue, type ValueType } from './registry.ts';
import type { NormalizedValue, RawValue } from './types.ts';

export { describeBound, formatNumber, formatUpTo, formatValue, unitOf } from './format.ts';
export { formatInterval, intersects } from './interval.ts';
export { normalizeBasis } from './money.ts';
export { definitionFor, definitionOf, isValueType, VALUE_TYPE_DEFINITIONS, VALUE_TYPES } from './registry.ts';
export type { DefinitionOf, ParseResult, TypedValue, ValueType } from './registry.ts';
export { normalizeText } from './text.ts';

/** Never throws: any input that is not a value of `type` yields `{ ok: false, expected }`. */
export function parseValue(type: ValueType, raw: RawValue): ParseResult {
  if (!isValueType(type)) return { ok: false, expected: `a known value type instead of "${String(type)}"` };
  const parse = definitionOf(type).parse as (raw: RawValue) => ParseResult;
  // The empty string fails every grammar, so it yields each type's own "expected" sentence.
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return parse('');
  if (typeof raw === 'number' && !Number.isFinite(raw)) return parse('');
  try {
    return parse(raw);
  } catch {
    // A parser bug must not take down a build; report it as an unreadable value.
    return parse('');
  }
}

/**
 * The plain published value: ISO text for dates, base units for numbers and money,
 * the percent for percents, the signed percent or multiplier for changes.
 */
export function normalize(v: TypedValue): NormalizedValue {
  return definitionFor(v).normalize(v);
}

/**
 * For the hint of a value that does not read as its property's type: what it reads as instead,
 * by every other type that accepts it, in registry order ("35%" given for a number reads as a
 * percent), or "" when none does. All readings are named because one type alone can mislead
 * ("35x lower" also reads as a number with the unit "x lower"). `quote` renders a reading
 * safely for the caller's output.
 */
export function describeOtherReading(type: ValueType, raw: RawValue, quote: (text: string) => string = JSON.stringify): string {
  const readings: string[] = [];
  const types: ValueType[] = [];
  for (const other of VALUE_TYPES) {
    if (other === type || definitionOf(other).readsAnyWords) continue;
    const result = parseValue(other, raw);
    if (!result.ok) continue;
    readings.push(`a ${other} (${quote(formatValue(result.value))})`);
    types.push(other);
  }
  if (readings.length === 0) return '';
  const list = readings.length === 1 ? readings[0] : `${readings.slice(0, -1).join(', ')} or ${readings[readings.length - 1]}`;
  const which = types.length === 1 ? `a ${types[0]}` : 'one of those';
  return `It reads as ${list}; if the article states ${which}, the claim belongs under a property of that type.`;
}
