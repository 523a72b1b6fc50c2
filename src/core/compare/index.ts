/**
 * compareValues decides whether two reported values can both be true, and why not.
 * It is symmetric: compareValues(a, b) and compareValues(b, a) give the same answer,
 * down to the wording of the note, so flags never depend on report order.
 */
import type { TypedValue } from '../model.ts';
import { formatValue } from '../values/format.ts';
import { compareDates } from './date.ts';
import { asChange, compareChanges, compareIntervals, compareMoney, quotePair } from './numeric.ts';
import type { Comparison } from './types.ts';

export type { Comparison, Diagnosis } from './types.ts';
export { DIAGNOSES } from './types.ts';

const CHANGE_FAMILY = new Set(['multiplier', 'percent', 'change']);

export function compareValues(a: TypedValue, b: TypedValue): Comparison {
  const family = CHANGE_FAMILY.has(a.type) && CHANGE_FAMILY.has(b.type);
  if (family && (a.type !== b.type || a.type === 'change')) {
    type Member = Parameters<typeof asChange>[0];
    return compareChanges(asChange(a as Member), asChange(b as Member));
  }
  if (a.type !== b.type) {
    const [x, y] = [a.type, b.type].sort();
    return { agree: false, diagnosis: 'type-mismatch', note: `A ${x} value and a ${y} value cannot be compared.` };
  }
  switch (a.type) {
    case 'date':
      return compareDates(a, b as typeof a);
    case 'money':
      return compareMoney(a, b as typeof a);
    case 'multiplier': {
      const other = b as typeof a;
      if (a.direction && other.direction && a.direction !== other.direction) {
        return compareChanges(asChange(a), asChange(other));
      }
      return compareIntervals(a, other);
    }
    case 'number':
    case 'percent':
      return compareIntervals(a, b as typeof a);
    case 'boolean': {
      const other = b as typeof a;
      if (a.value === other.value) return { agree: true };
      return { agree: false, diagnosis: 'boolean-mismatch', note: 'One source says yes and the other no.' };
    }
    case 'text': {
      const other = b as typeof a;
      if (a.normalized === other.normalized) return { agree: true };
      return { agree: false, diagnosis: 'text-mismatch', note: `${quotePair(formatValue(a), formatValue(other))} differ.` };
    }
    default:
      return { agree: false, diagnosis: 'type-mismatch' };
  }
}
