/**
 * compareValues decides whether two reported values can both be true, and why not.
 * It is symmetric: compareValues(a, b) and compareValues(b, a) give the same answer,
 * down to the wording of the note, so flags never depend on report order.
 *
 * Values of one type are compared by their own type's definition. This is the one place where
 * values of different types meet: types that can be read as a relative change (percent,
 * multiplier, change: those whose definition has `asChange`) are set against each other as
 * changes, so "35x lower" and "35% lower" get a unit-slip note; any other pair of types cannot
 * be compared.
 */
import type { TypedValue } from '../model.ts';
import { definitionFor } from '../values/registry.ts';
import { compareChanges } from './numeric.ts';
import type { Comparison } from './types.ts';

export type { Comparison, Diagnosis } from './types.ts';
export { DIAGNOSES } from './types.ts';

export function compareValues(a: TypedValue, b: TypedValue): Comparison {
  const da = definitionFor(a);
  if (a.type === b.type) return da.compare(a, b);
  const db = definitionFor(b);
  if (da.asChange && db.asChange) return compareChanges(da.asChange(a), db.asChange(b));
  const [x, y] = [a.type, b.type].sort();
  return { agree: false, diagnosis: 'type-mismatch', note: `A ${x} value and a ${y} value cannot be compared.` };
}
