/**
 * The build-time dot plot of a claim's values, one row per value camp (camps.ts), in the manner
 * of Our World in Data and Epoch AI: each row's label sits above its own strip, outside the plot,
 * so nothing is ever cut; each report is a dot at its written value over a bar spanning every true
 * value its wording allows. Horizontal positions are percentages of the chart's width and
 * vertical ones pixels, so the SVG fills its column at any width while its text keeps the page's
 * type size (a scaled viewBox made labels 9 px on a phone).
 *
 * This module lays a chart out on the axis it is given; chart-plan.ts chooses the axis and
 * where each value sits on it.
 */
import type { Interval } from '../core/model.ts';

/** One report on a row: its written value (absent when the wording names only a span) and interval. */
export interface ChartMarkInput {
  report: number;
  value?: number;
  interval: Interval;
}

export interface ChartRowInput {
  /** First label line: the camp and its value. */
  title: string;
  /** Further label text (the sources), wrapped to lines. */
  detail: string;
  /** A marker line for a camp that disagrees ("≠ Disagrees with camp A"). */
  mark?: string;
  odd: boolean;
  marks: ChartMarkInput[];
}

export interface ChartMark {
  report: number;
  /** Percent of the chart's width. */
  x?: number;
  x1: number;
  x2: number;
  /** The interval runs past the plot's edge (an unbounded "over" or "under"). */
  openLeft: boolean;
  openRight: boolean;
}

export interface ChartRow {
  /** The title, wrapped like the rest of the label. */
  title: string[];
  lines: string[];
  mark?: string;
  odd: boolean;
  /** Baseline of the title line, in pixels; further lines follow at LINE pixels. */
  labelY: number;
  barY: number;
  marks: ChartMark[];
}

export interface ChartTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartLayout {
  height: number;
  /** Plot edges, in percent of the width. */
  left: number;
  right: number;
  top: number;
  axisY: number;
  ticks: ChartTick[];
  rows: ChartRow[];
  /** The axis's title, wrapped like the labels. */
  axisTitle: string[];
  axisTitleY: number;
}

/** Pixels per label line, matching the stylesheet's chart type (0.875rem on a 1.45 line). */
export const LINE = 19;
const ROW_GAP = 14;
const BAR_SPACE = 24;
const AXIS_SPACE = 30;
const TITLE_SPACE = 22;
/** The plot's horizontal inset, in percent: room for half a tick label at each end on a 320 px chart. */
const INSET = 9;
/** Characters per label line: about 300 px of 14 px text, the narrowest chart column (360 px phone). */
export const WRAP = 38;

/** 1, 2 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-9)) return m * power;
  return 10 * power;
}

/** The next nice step below `step`: 1 -> 0.5, 5 -> 2, 2 -> 1. */
export function smallerStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const m = Math.round(step / power);
  return m >= 5 ? 2 * power : m >= 2 ? power : power / 2;
}

/** Decimals needed to tell ticks `step` apart: 0.5 -> 1, 0.05 -> 2, 10 -> 0. */
export function stepDecimals(step: number): number {
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

/** Words into lines of at most `width` characters; a longer word gets a line of its own. */
export function wrapText(text: string, width = WRAP): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Axis {
  /** Tick positions between lo and hi, at least three. */
  ticks(lo: number, hi: number): Array<{ value: number; label: string }>;
  title?: string;
  /** The plot spans at least this much (dates: four days, so a one-day gap gets day ticks either side). */
  minSpan?: number;
  /** Values the plot always shows (changes: 100%, no change, as the reference). */
  include?: number[];
}

/** Ticks at 1-2-5 steps, at least three of them, labelled by `format`. */
export function numericTicks(lo: number, hi: number, format: (n: number, decimals: number) => string): Array<{ value: number; label: string }> {
  let step = niceStep((hi - lo) / 4);
  const at = (s: number) => {
    const out: number[] = [];
    for (let t = Math.ceil(lo / s - 1e-9) * s; t <= hi + s * 1e-9; t += s) out.push(Number(t.toPrecision(12)));
    return out;
  };
  let values = at(step);
  for (let guard = 0; values.length < 3 && guard < 12; guard++) values = at((step = smallerStep(step)));
  return values.map((v) => ({ value: v, label: format(v, stepDecimals(step)) }));
}

/** Domain of the plot: every finite mark, padded on both sides so no dot sits on the edge. */
function domain(rows: ChartRowInput[], minSpan = 0, include: number[] = []): [number, number] {
  const finite: number[] = [...include];
  for (const r of rows) for (const m of r.marks) for (const v of [m.value, m.interval.lo, m.interval.hi]) if (v !== undefined && Number.isFinite(v)) finite.push(v);
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (!(max > min)) {
    const pad = Math.max(Math.abs(min) * 0.05, 1);
    min -= pad;
    max += pad;
  }
  const pad = (max - min) * 0.12;
  let [lo, hi] = [min - pad, max + pad];
  if (hi - lo < minSpan) [lo, hi] = [(lo + hi - minSpan) / 2, (lo + hi + minSpan) / 2];
  return [lo, hi];
}

export function chartLayout(rows: ChartRowInput[], axis: Axis): ChartLayout | undefined {
  if (rows.length === 0 || rows.every((r) => r.marks.length === 0)) return undefined;
  const [min, max] = domain(rows, axis.minSpan, axis.include);
  const left = INSET;
  const right = 100 - INSET;
  const x = (v: number) => left + ((Math.min(Math.max(v, min), max) - min) / (max - min)) * (right - left);
  let y = 6;
  const out: ChartRow[] = rows.map((r) => {
    const lines = wrapText(r.detail);
    // Bold title text runs wider than the detail: fewer characters a line.
    const title = wrapText(r.title, WRAP - 5);
    const labelY = y + 14;
    const labelLines = title.length + lines.length + (r.mark ? 1 : 0);
    const barY = labelY + (labelLines - 1) * LINE + BAR_SPACE - 6;
    y = barY + ROW_GAP + 6;
    return {
      title,
      lines,
      ...(r.mark ? { mark: r.mark } : {}),
      odd: r.odd,
      labelY,
      barY,
      marks: r.marks.map((m) => {
        const x1 = x(m.interval.lo);
        const x2 = x(m.interval.hi);
        return {
          report: m.report,
          ...(m.value !== undefined ? { x: x(m.value) } : {}),
          x1,
          x2: Math.max(x2, x1 + 0.4),
          openLeft: m.interval.lo < min,
          openRight: m.interval.hi > max,
        };
      }),
    };
  });
  const axisY = y;
  const ticks = axis.ticks(min, max).map((t) => {
    const tx = x(t.value);
    return { x: tx, label: t.label, anchor: tx < 14 ? 'start' : tx > 86 ? 'end' : 'middle' } as ChartTick;
  });
  const axisTitleY = axisY + AXIS_SPACE + 14;
  const axisTitle = axis.title ? wrapText(axis.title) : [];
  return {
    height: axisY + AXIS_SPACE + (axisTitle.length > 0 ? TITLE_SPACE + (axisTitle.length - 1) * LINE : 4),
    left,
    right,
    top: 0,
    axisY,
    ticks,
    rows: out,
    axisTitle,
    axisTitleY,
  };
}
