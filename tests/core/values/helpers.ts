import { expect } from 'vitest';
import type { Interval, TypedValue, ValueType } from '../../../src/core/model.ts';
import { parseValue } from '../../../src/core/values/index.ts';

export function parsed(type: ValueType, raw: string | number | boolean): TypedValue {
  const result = parseValue(type, raw);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(raw)} to parse as ${type}: ${result.expected}`);
  return result.value;
}

export function interval(type: ValueType, raw: string | number): Interval {
  const v = parsed(type, raw);
  if (!('interval' in v)) throw new Error(`${type} has no interval`);
  return v.interval;
}

export function expectInterval(actual: Interval, lo: number, hi: number, loOpen: boolean, hiOpen: boolean): void {
  expect(actual.lo).toBeCloseTo(lo, 9);
  expect(actual.hi).toBeCloseTo(hi, 9);
  if (!Number.isFinite(lo)) expect(actual.lo).toBe(lo);
  if (!Number.isFinite(hi)) expect(actual.hi).toBe(hi);
  expect({ loOpen: actual.loOpen, hiOpen: actual.hiOpen }).toEqual({ loOpen, hiOpen });
}

export function expectFailure(type: ValueType, raw: string | number | boolean, mentions: string): void {
  const result = parseValue(type, raw);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.expected).toContain(mentions);
}
