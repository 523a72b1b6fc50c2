/**
 * Relative changes, written as a multiplier ("35x lower", "doubled") or as a percent
 * ("35% lower", "by 35%", "a 20% increase", "reduced by 35%", "+20%").
 *
 * `factor` is what the original quantity is multiplied by. When no direction is written
 * ("by 35%") the factor is the hull of both readings (0.645 to 1.355), which keeps the value
 * comparable without inventing a sign.
 */
import type { ChangeValue, Interval, ParseResult, RawValue } from '../model.ts';
import type { Direction } from './direction.ts';
import { readDirectionPrefix, readDirectionSuffix } from './direction.ts';
import { clampLow, hull } from './interval.ts';
import { readMultiplier } from './multiplier.ts';
import { clean, numericFields, readQuantity } from './numeral.ts';
import { PERCENT_MARK } from './percent.ts';
import { fail, ok } from './result.ts';

export const CHANGE_EXPECTED =
  'a change such as "35% lower", "by 35%", "a 20% increase", "35x lower" or "doubled"';

function reciprocal(i: Interval): Interval {
  return {
    lo: i.hi === Infinity ? 0 : 1 / i.hi,
    hi: i.lo <= 0 ? Infinity : 1 / i.lo,
    loOpen: i.hi === Infinity ? false : i.hiOpen,
    hiOpen: i.lo <= 0 ? true : i.loOpen,
  };
}

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

export function changeFactor(c: Pick<ChangeValue, 'form' | 'interval' | 'value' | 'direction'>): Interval {
  return c.form === 'percent'
    ? percentFactor(c.interval, c.direction)
    : multiplierFactor(c.interval, c.value, c.direction);
}

function merge(a: Direction | undefined, b: Direction | undefined): Direction | undefined | 'conflict' {
  if (a && b && a !== b) return 'conflict';
  return a ?? b;
}

export function parseChange(raw: RawValue): ParseResult {
  if (typeof raw !== 'string') return fail(CHANGE_EXPECTED);
  let text = clean(raw).replace(/^(?:a|an)\s+/i, '');
  const prefix = readDirectionPrefix(text);
  text = prefix.rest;
  let signDirection: Direction | undefined;
  if (/^[+-]\s*[\d.]/.test(text)) {
    signDirection = text.startsWith('-') ? 'decrease' : 'increase';
    text = text.slice(1).trim();
  }
  let form: ChangeValue['form'];
  let fields: ReturnType<typeof numericFields>;
  let written: Direction | undefined;
  let rest: string;
  const multiplier = readMultiplier(text);
  if (multiplier) {
    form = 'multiplier';
    fields = numericFields(multiplier.quantity, { nonNegative: true });
    written = multiplier.direction;
    rest = multiplier.rest;
  } else {
    const q = readQuantity(text);
    const mark = q ? PERCENT_MARK.exec(q.rest) : null;
    if (!q || !mark) return fail(CHANGE_EXPECTED);
    const after = q.rest.slice(mark[0].length);
    const plus = q.bound === 'exact' && after.startsWith('+');
    const quantity = { ...q, bound: plus ? ('over' as const) : q.bound };
    const suffix = readDirectionSuffix((plus ? after.slice(1) : after).trim());
    if (!suffix) return fail(CHANGE_EXPECTED);
    form = 'percent';
    fields = numericFields(quantity, { nonNegative: true });
    written = suffix.direction;
    rest = suffix.rest.trim();
  }
  if (rest !== '' || fields.value < 0) return fail(CHANGE_EXPECTED);
  const d1 = merge(prefix.direction, signDirection);
  const direction = d1 === 'conflict' ? d1 : merge(d1, written);
  if (direction === 'conflict') return fail(`${CHANGE_EXPECTED}, with one direction`);
  const base = { form, ...fields, ...(direction ? { direction } : {}) };
  return ok({ type: 'change', ...base, factor: changeFactor(base) });
}
