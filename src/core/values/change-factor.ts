/**
 * A relative change as the factor applied to the original quantity: "35% lower" is 0.645 to
 * 0.655, "35x lower" is about 1/35. Used by the change type and by percents and multipliers
 * when they are read as changes (see `asChange` in their modules).
 */
import type { Direction } from './direction.ts';
import { clampLow, hull } from './interval.ts';
import type { Interval } from './types.ts';

function reciprocal(i: Interval): Interval {
  return {
    lo: i.hi === Infinity ? 0 : 1 / i.hi,
    hi: i.lo <= 0 ? Infinity : 1 / i.lo,
    loOpen: i.hi === Infinity ? false : i.hiOpen,
    hiOpen: i.lo <= 0 ? true : i.loOpen,
  };
}

/** With no direction written ("by 35%"), the hull of both readings (0.645 to 1.355). */
function percentFactor(v: Interval, direction: Direction | undefined): Interval {
  const up: Interval = { lo: 1 + v.lo / 100, hi: 1 + v.hi / 100, loOpen: v.loOpen, hiOpen: v.hiOpen };
  const down = clampLow({ lo: 1 - v.hi / 100, hi: 1 - v.lo / 100, loOpen: v.hiOpen, hiOpen: v.loOpen }, 0);
  if (direction === 'increase') return up;
  if (direction === 'decrease') return down;
  return hull(up, down);
}

/** "35x lower" divides by 35; "halved" (written 0.5) already is the factor. */
function multiplierFactor(v: Interval, value: number, direction: Direction | undefined): Interval {
  if (direction === 'decrease' && value >= 1) return reciprocal(v);
  return v;
}

export interface ChangeParts {
  form: 'multiplier' | 'percent';
  interval: Interval;
  value: number;
  direction?: Direction;
}

export function changeFactor(c: ChangeParts): Interval {
  return c.form === 'percent'
    ? percentFactor(c.interval, c.direction)
    : multiplierFactor(c.interval, c.value, c.direction);
}
