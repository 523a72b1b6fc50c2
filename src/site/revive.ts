/**
 * Collections store data as JSON, where Infinity becomes null. Typed values coming back
 * from a collection get their unbounded interval ends restored before any code reads them.
 */
import type { Interval, TypedValue } from '../core/model.ts';

type Loose = { lo: number | null; hi: number | null; loOpen: boolean; hiOpen: boolean };

export function reviveInterval(i: Loose | Interval): Interval {
  return {
    lo: i.lo === null ? -Infinity : i.lo,
    hi: i.hi === null ? Infinity : i.hi,
    loOpen: i.loOpen,
    hiOpen: i.hiOpen,
  };
}

export function reviveValue(v: TypedValue): TypedValue {
  if ('interval' in v && v.interval) {
    const out = { ...v, interval: reviveInterval(v.interval as Loose) } as TypedValue;
    if (out.type === 'change' && out.factor) out.factor = reviveInterval(out.factor as Loose);
    return out;
  }
  return v;
}
