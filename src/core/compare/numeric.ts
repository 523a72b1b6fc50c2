/**
 * Agreement of figures: two figures agree when some true value fits both as written.
 * Callers pass the display texts (each value type formats its own values), so this module
 * needs no registry and every value module can use it without an import cycle.
 */
import { intersects, sameInterval } from '../values/interval.ts';
import type { ChangeView, NumericBase } from '../values/types.ts';
import type { Comparison } from './types.ts';

/** Two texts in a fixed order, so notes read the same whichever value came first. */
export function ordered(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

export function quotePair(a: string, b: string): string {
  const [x, y] = ordered(a, b);
  return `"${x}" and "${y}"`;
}

/** `fa` and `fb` are the display texts of `a` and `b`, for the notes. */
export function compareFigures(a: NumericBase, fa: string, b: NumericBase, fb: string): Comparison {
  if (!intersects(a.interval, b.interval)) {
    return { agree: false, diagnosis: 'value-mismatch', note: `${quotePair(fa, fb)} cannot both be right.` };
  }
  if (sameInterval(a.interval, b.interval)) return { agree: true };
  if (a.bound !== 'exact' || b.bound !== 'exact') {
    return { agree: true, diagnosis: 'bound-compatible', note: `${quotePair(fa, fb)} are compatible: one is a bound or an estimate.` };
  }
  if (a.halfStep !== b.halfStep) {
    const [coarse, fine] = a.halfStep > b.halfStep ? [fa, fb] : [fb, fa];
    // "10K" and "10,000" can format alike; the note must not name one figure twice.
    if (coarse === fine) return { agree: true, diagnosis: 'different-precision', note: `"${fine}" is written at two precisions; they agree.` };
    return {
      agree: true,
      diagnosis: 'different-precision',
      note: `"${coarse}" is "${fine}" written with less precision; they agree.`,
    };
  }
  return { agree: true };
}

/** Two figures of one type, shown by that type's own formatter. */
export function compareIntervals<F extends NumericBase>(a: F, b: F, format: (v: F) => string): Comparison {
  return compareFigures(a, format(a), b, format(b));
}

const sameNumber = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));

/** Two figures read as changes: "35x lower" against "35% lower", or two changes of one form. */
export function compareChanges(a: ChangeView, b: ChangeView): Comparison {
  const fa = a.text;
  const fb = b.text;
  if (a.form === 'direction' || b.form === 'direction') return compareDirections(a, b);
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
  return compareFigures(a.source, fa, b.source, fb);
}

/** A direction alone ("lower") against another change: only the directions can disagree. */
function compareDirections(a: ChangeView, b: ChangeView): Comparison {
  if (a.direction && b.direction && a.direction !== b.direction) {
    return { agree: false, diagnosis: 'opposite-direction', note: `${quotePair(a.text, b.text)} point in opposite directions.` };
  }
  if (a.form === 'direction' && b.form === 'direction') return { agree: true };
  const [alone, sized] = a.form === 'direction' ? [a, b] : [b, a];
  const how = sized.direction ? 'the same direction' : 'no direction';
  return { agree: true, diagnosis: 'bound-compatible', note: `"${alone.text}" gives only a direction, and "${sized.text}" has ${how}; they are compatible.` };
}
