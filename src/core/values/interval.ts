/**
 * Interval arithmetic shared by the value parsers, the comparator and the relation rule.
 * Intervals are the single source of truth for "which true values fit what was written",
 * so agreement is simply "do two intervals share at least one point".
 */
import type { Interval } from './types.ts';

export function closed(lo: number, hi: number): Interval {
  return { lo, hi, loOpen: false, hiOpen: false };
}

export function point(x: number): Interval {
  return closed(x, x);
}

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // Touching at a single point: it belongs to both only if no side excludes it.
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  return !loOpen && !hiOpen && Number.isFinite(lo);
}

/** True when every point of `a` lies strictly below every point of `b`. */
export function entirelyBelow(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo) return true;
  return a.hi === b.lo && (a.hiOpen || b.loOpen);
}

export function scale(i: Interval, k: number): Interval {
  if (k >= 0) return { lo: i.lo * k, hi: i.hi * k, loOpen: i.loOpen, hiOpen: i.hiOpen };
  return { lo: i.hi * k, hi: i.lo * k, loOpen: i.hiOpen, hiOpen: i.loOpen };
}

/** Smallest interval containing both (used when the sign of a change is unknown). */
export function hull(a: Interval, b: Interval): Interval {
  const lo = Math.min(a.lo, b.lo);
  const hi = Math.max(a.hi, b.hi);
  return {
    lo,
    hi,
    loOpen: (a.lo !== lo || a.loOpen) && (b.lo !== lo || b.loOpen),
    hiOpen: (a.hi !== hi || a.hiOpen) && (b.hi !== hi || b.hiOpen),
  };
}

export function clampLow(i: Interval, min: number): Interval {
  if (i.lo >= min) return i;
  return { ...i, lo: min, loOpen: false };
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return a.lo === b.lo && a.hi === b.hi && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen;
}

/** Mathematical notation, e.g. "[68.5, 69.5]" or "(10000, ∞)". */
export function formatInterval(i: Interval): string {
  const end = (x: number): string => (x === Infinity ? '∞' : x === -Infinity ? '-∞' : String(x));
  return `${i.loOpen ? '(' : '['}${end(i.lo)}, ${end(i.hi)}${i.hiOpen ? ')' : ']'}`;
}

/** An interval as JSON, which has no Infinity: null stands for an unbounded end. */
export interface IntervalJson {
  lo: number | null;
  hi: number | null;
  loOpen: boolean;
  hiOpen: boolean;
}

export function intervalJson(i: Interval): IntervalJson {
  return {
    lo: Number.isFinite(i.lo) ? i.lo : null,
    hi: Number.isFinite(i.hi) ? i.hi : null,
    loOpen: i.loOpen,
    hiOpen: i.hiOpen,
  };
}
