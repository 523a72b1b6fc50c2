/** Small constructors for ParseResult, so every parser fails the same way. */
import type { ParseResult, TypedValue } from '../model.ts';

export function ok(value: TypedValue): ParseResult {
  return { ok: true, value };
}

export function fail(expected: string): ParseResult {
  return { ok: false, expected };
}
