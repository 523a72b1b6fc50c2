/**
 * Geometry of the build-time chart of a numeric claim: one row per report, a dot at the
 * written value and a bar over every true value the wording allows (precision and bounds).
 * Pure numbers and strings; the component draws them as SVG with escaped text.
 */
import type { Interval, TypedValue } from '../core/model.ts';
import { definitionFor } from '../core/values/registry.ts';

export interface ChartRowInput {
  label: string;
  /** The value as written, shown beside the label. */
  raw: string;
  value: number;
  interval: Interval;
  disagreeing: boolean;
}

export interface ChartRow {
  label: string;
  raw: string;
  disagreeing: boolean;
  labelY: number;
  barY: number;
  x: number;
  x1: number;
  x2: number;
  /** The interval runs past the chart's edge (an unbounded "over" or "under"). */
  openLeft: boolean;
  openRight: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  ticks: Array<{ x: number; label: string }>;
  rows: ChartRow[];
}

const WIDTH = 480;
const MARGIN = 16;
const ROW = 50;
const TOP = 8;
const AXIS = 36;

/** 1, 2 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

const MAX_LABEL = 38;
const clip = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** Decimals needed to tell ticks `step` apart: 0.5 -> 1, 0.05 -> 2, 10 -> 0. */
export function stepDecimals(step: number): number {
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

export function chartLayout(inputs: ChartRowInput[], formatTick: (n: number, decimals: number) => string): ChartLayout | undefined {
  if (inputs.length === 0) return undefined;
  const finite: number[] = [];
  for (const r of inputs) {
    for (const v of [r.value, r.interval.lo, r.interval.hi]) if (Number.isFinite(v)) finite.push(v);
  }
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (!(max > min)) {
    const pad = Math.max(Math.abs(min) * 0.05, 1);
    min -= pad;
    max += pad;
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  const step = niceStep((max - min) / 4);
  const left = MARGIN;
  const right = WIDTH - MARGIN;
  const x = (v: number) => left + ((Math.min(Math.max(v, min), max) - min) / (max - min)) * (right - left);

  const rows: ChartRow[] = inputs.map((r, k) => {
    const top = TOP + k * ROW;
    const x1 = x(r.interval.lo);
    const x2 = x(r.interval.hi);
    return {
      label: clip(r.label),
      raw: r.raw,
      disagreeing: r.disagreeing,
      labelY: top + 17,
      barY: top + 33,
      x: x(r.value),
      x1,
      x2: Math.max(x2, x1 + 2),
      openLeft: r.interval.lo < min,
      openRight: r.interval.hi > max,
    };
  });
  const axisY = TOP + inputs.length * ROW + 4;
  const ticks: Array<{ x: number; label: string }> = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    // Rounding keeps labels like 0.30000000000000004 out of the axis.
    const v = Number(t.toPrecision(12));
    ticks.push({ x: x(v), label: formatTick(v, stepDecimals(step)) });
  }
  return { width: WIDTH, height: axisY + AXIS, left, right, axisY, ticks, rows };
}

/**
 * Whether a claim's values can share one axis: all of one type that can be charted and, where
 * the type says so (money: currency and basis), on the same axis.
 */
export function chartable(values: TypedValue[]): boolean {
  if (values.length === 0) return false;
  const first = values[0];
  const chart = definitionFor(first).chart;
  if (!chart) return false;
  const axis = chart.axis(first);
  return values.every((v) => v.type === first.type && chart.axis(v) === axis);
}

/** Where a value sits on its chart: the written figure and its interval; undefined when it has no axis. */
export function chartPosition(v: TypedValue): { value: number; interval: Interval } | undefined {
  return definitionFor(v).chart?.position(v);
}
