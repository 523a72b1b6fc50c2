/**
 * Where a claim's values sit on a chart, and on which axis (chart.ts lays the chart out). Three
 * kinds of axis: figures of one type and unit (their type's `chart` facet); changes, multipliers
 * and percents read as changes, on one axis of what remains of the original ("35x lower" leaves
 * about 3%, "35% lower" 65%); and dates, on a timeline of days.
 */
import type { Interval, TypedValue } from '../core/model.ts';
import { definitionFor, formatNumber } from '../core/values/index.ts';
import { numericTicks, type Axis } from './chart.ts';

export interface Positioned {
  /** One or more marks per value: an undirected "by 35%" has two readings. */
  marks: Array<{ value?: number; interval: Interval }>;
}

export interface ChartPlan {
  kind: 'figure' | 'change' | 'date';
  positions: Positioned[];
  axis: Axis;
}

/** Where a value sits on its type's own axis: the written figure and its interval; undefined when it has none. */
export function chartPosition(v: TypedValue): { value: number; interval: Interval } | undefined {
  return definitionFor(v).chart?.position(v);
}

/** Whether values share one figure axis: one type with a chart facet and, where the type says so (money: currency and basis), one axis key. */
export function chartable(values: TypedValue[]): boolean {
  if (values.length === 0) return false;
  const first = values[0];
  const chart = definitionFor(first).chart;
  if (!chart) return false;
  const axis = chart.axis(first);
  return values.every((v) => v.type === first.type && chart.axis(v) === axis);
}

const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Apr 23" for a day number. */
function dayLabel(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** Ticks on whole days (1, 2, 7, 14 or 28 apart), else on month starts, else on years: at least three. */
export function dateTicks(lo: number, hi: number): Array<{ value: number; label: string }> {
  const span = hi - lo;
  const yearOf = (d: number) => new Date(d * DAY_MS).getUTCFullYear();
  if (span <= 120) {
    // Ticks at the middle of each day (a day-precision date covers the whole day), 1 to 28 days apart.
    const days = (s: number) => {
      const out: Array<{ value: number; label: string }> = [];
      for (let d = Math.ceil((lo - 0.5) / s) * s; d + 0.5 <= hi; d += s) out.push({ value: d + 0.5, label: dayLabel(d) });
      return out;
    };
    for (const s of [28, 14, 7, 2]) {
      const out = days(s);
      if (out.length >= 3 && out.length <= 7) return out;
    }
    const daily = days(1);
    if (daily.length >= 3) return daily;
    return [lo, (lo + hi) / 2, hi].map((v) => ({ value: v, label: dayLabel(Math.floor(v)) }));
  }
  const ticks: Array<{ value: number; label: string }> = [];
  const start = new Date(lo * DAY_MS);
  const monthsApart = span <= 800 ? [1, 2, 3, 6].find((m) => span / (30.4 * m) <= 6) ?? 6 : 12;
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  for (let guard = 0; guard < 500; guard++) {
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > hi) break;
    if (day >= lo && (monthsApart < 12 ? m % monthsApart === 0 : m === 0)) ticks.push({ value: day, label: monthsApart < 12 ? `${MONTHS[m]} ${y}` : String(y) });
    m += 1;
    if (m === 12) [m, y] = [0, y + 1];
  }
  return ticks.length >= 3 ? ticks : [lo, (lo + hi) / 2, hi].map((v) => ({ value: v, label: `${MONTHS[new Date(v * DAY_MS).getUTCMonth()]} ${yearOf(v)}` }));
}

/** A change as what remains of the original, in percent: "35x lower" about 2.9, "35% lower" 65. */
function changeMarks(v: TypedValue): Positioned | undefined {
  const view = definitionFor(v).asChange?.(v);
  if (!view) return undefined;
  const pct = (i: Interval): Interval => ({ ...i, lo: i.lo * 100, hi: i.hi * 100 });
  // A direction alone ("lower") has no figure: only the span its direction allows.
  if (view.form === 'direction') return { marks: [{ interval: pct(view.factor) }] };
  if (view.form === 'percent') {
    const { interval: i, value, direction } = view;
    const up = { value: 100 + value, interval: closed(100 + i.lo, 100 + i.hi) };
    const down = { value: 100 - value, interval: closed(Math.max(0, 100 - i.hi), Math.max(0, 100 - i.lo)) };
    const openHi = i.hi === Infinity;
    if (openHi) up.interval.hi = Infinity;
    const marks = direction === 'increase' ? [up] : direction === 'decrease' ? [down] : [down, up];
    return { marks };
  }
  const factor = view.direction === 'decrease' && view.value >= 1 ? 1 / view.value : view.value;
  return { marks: [{ value: factor * 100, interval: pct(view.factor) }] };
}

function percentTick(n: number, decimals: number): string {
  return `${formatNumber(n, decimals)}%`;
}

/**
 * How a claim's values are charted, or undefined when they are not numeric on one axis.
 * Changes win over their own type's axis when types mix or the property is a change, so every
 * value is read the same way.
 */
export function chartPlan(values: TypedValue[]): ChartPlan | undefined {
  if (values.length === 0) return undefined;
  if (values.every((v) => v.type === 'date' && 'firstDay' in v)) {
    const positions = values.map((v) => {
      const d = v as Extract<TypedValue, { type: 'date' }>;
      const interval = closed(d.firstDay, d.lastDay + 1);
      return { marks: [d.precision === 'day' ? { value: d.firstDay + 0.5, interval } : { interval }] };
    });
    return { kind: 'date', positions, axis: { ticks: dateTicks, minSpan: 4, title: 'Timeline: each bar spans the days the wording allows' } };
  }
  const mixed = values.some((v) => v.type !== values[0].type);
  if ((mixed || values[0].type === 'change') && values.every((v) => definitionFor(v).asChange)) {
    const positions = values.map(changeMarks);
    if (positions.every((p): p is Positioned => p !== undefined)) {
      return { kind: 'change', positions, axis: { ticks: (lo, hi) => numericTicks(lo, hi, percentTick), include: [100], title: 'After the change, as a share of the original (100% = unchanged)' } };
    }
  }
  if (!chartable(values)) return undefined;
  const sample = values[0];
  const chart = definitionFor(sample).chart!;
  const positions = values.map((v) => {
    const p = chartPosition(v)!;
    return { marks: [{ value: p.value, interval: p.interval }] };
  });
  return { kind: 'figure', positions, axis: { ticks: (lo, hi) => numericTicks(lo, hi, (n, d) => chart.tick(sample, formatNumber(n, d))) } };
}

/**
 * Whether a plan is worth drawing: not for a single value, nor when every report gives the same
 * exact figure (the table says it all).
 */
export function worthCharting(plan: ChartPlan): boolean {
  if (plan.positions.length < 2) return false;
  const key = (p: Positioned) => JSON.stringify(p.marks.map((m) => [m.value ?? null, m.interval.lo, m.interval.hi]));
  return new Set(plan.positions.map(key)).size > 1;
}
