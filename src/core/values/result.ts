/** Small constructors for parse results, so every parser fails the same way. */
import type { Parsed } from './types.ts';

export function ok<V>(value: V): Parsed<V> {
  return { ok: true, value };
}

export function fail(expected: string): { ok: false; expected: string } {
  return { ok: false, expected };
}
