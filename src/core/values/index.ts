/**
 * Typed values: parse what a claim file says into a TypedValue, and reduce a TypedValue
 * to the plain value the API and the CSV publish. Each type's rules live in its own module
 * (see types.ts for the contract and registry.ts for the list).
 */
import { definitionFor, definitionOf, isValueType, type ParseResult, type TypedValue, type ValueType } from './registry.ts';
import type { NormalizedValue, RawValue } from './types.ts';

export { describeBound, formatNumber, formatValue, unitOf } from './format.ts';
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
