/** Agreement of figures: two figures agree when some true value fits both as written. */
import type { ChangeValue, Interval, MoneyValue, MultiplierValue, NumberValue, PercentValue } from '../model.ts';
import { changeFactor } from '../values/change.ts';
import { formatValue } from '../values/format.ts';
import { intersects, sameInterval } from '../values/interval.ts';
import type { Comparison } from './types.ts';

type Figure = NumberValue | PercentValue | MoneyValue | MultiplierValue | ChangeValue;

/** Two texts in a fixed order, so notes read the same whichever value came first. */
export function ordered(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

export function quotePair(a: string, b: string): string {
  const [x, y] = ordered(a, b);
  return `"${x}" and "${y}"`;
}

export function compareIntervals(a: Figure, b: Figure): Comparison {
  const fa = formatValue(a);
  const fb = formatValue(b);
  if (!intersects(a.interval, b.interval)) {
    return { agree: false, diagnosis: 'value-mismatch', note: `${quotePair(fa, fb)} cannot both be right.` };
  }
  if (sameInterval(a.interval, b.interval)) return { agree: true };
  if (a.bound !== 'exact' || b.bound !== 'exact') {
    return { agree: true, diagnosis: 'bound-compatible', note: `${quotePair(fa, fb)} are compatible: one is a bound or an estimate.` };
  }
  if (a.halfStep !== b.halfStep) {
    const [coarse, fine] = a.halfStep > b.halfStep ? [fa, fb] : [fb, fa];
    return {
      agree: true,
      diagnosis: 'different-precision',
      note: `"${coarse}" is "${fine}" written with less precision; they agree.`,
    };
  }
  return { agree: true };
}

export function compareMoney(a: MoneyValue, b: MoneyValue): Comparison {
  if (a.currency !== b.currency) {
    const [x, y] = ordered(a.currency, b.currency);
    return { agree: true, diagnosis: 'different-currency', note: `Amounts in ${x} and ${y} are not compared.` };
  }
  if ((a.basis ?? '') !== (b.basis ?? '')) {
    const [x, y] = ordered(a.basis ? `per ${a.basis}` : 'a lump sum', b.basis ? `per ${b.basis}` : 'a lump sum');
    return {
      agree: true,
      diagnosis: 'different-basis',
      note: `One amount is ${x} and the other ${y}; they measure different things and are not compared.`,
    };
  }
  return compareIntervals(a, b);
}

interface ChangeLike {
  form: 'multiplier' | 'percent';
  value: number;
  interval: Interval;
  direction?: 'increase' | 'decrease';
  factor: Interval;
  source: Figure;
}

/** Multipliers and percents seen as changes, so "35x lower" and "35% lower" can be set side by side. */
export function asChange(v: MultiplierValue | PercentValue | ChangeValue): ChangeLike {
  if (v.type === 'change') return { ...v, source: v };
  const form = v.type === 'multiplier' ? 'multiplier' : 'percent';
  const direction = v.type === 'multiplier' ? v.direction : undefined;
  const base = { form, value: v.value, interval: v.interval, direction } as const;
  return { ...base, factor: changeFactor(base), source: v };
}

const sameNumber = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));

export function compareChanges(a: ChangeLike, b: ChangeLike): Comparison {
  const fa = formatValue(a.source);
  const fb = formatValue(b.source);
  if (a.form !== b.form) {
    const [mult, pct] = a.form === 'multiplier' ? [fa, fb] : [fb, fa];
    if (sameNumber(a.value, b.value)) {
      return {
        agree: false,
        diagnosis: 'unit-slip',
        note: `"${mult}" and "${pct}" use the same number once as a multiplier and once as a percent, which describe very different changes.`,
      };
    }
    if (intersects(a.factor, b.factor)) {
      return { agree: true, diagnosis: 'equivalent-forms', note: `"${mult}" and "${pct}" describe the same change in different forms.` };
    }
    return { agree: false, diagnosis: 'value-mismatch', note: `${quotePair(fa, fb)} describe different changes.` };
  }
  if (a.direction && b.direction && a.direction !== b.direction) {
    return { agree: false, diagnosis: 'opposite-direction', note: `${quotePair(fa, fb)} point in opposite directions.` };
  }
  return compareIntervals(a.source, b.source);
}
