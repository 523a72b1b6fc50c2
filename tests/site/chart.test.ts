import { describe, expect, it } from 'vitest';
import { chartable, chartLayout, niceStep, stepDecimals } from '../../src/site/chart.ts';
import type { TypedValue } from '../../src/core/model.ts';

const closed = (lo: number, hi: number) => ({ lo, hi, loOpen: false, hiOpen: false });
const fmt = (n: number, d: number) => `${n.toFixed(d)}%`;

describe('chartLayout', () => {
  const layout = chartLayout(
    [
      { label: 'A', raw: '69.4%', value: 69.4, interval: closed(69.35, 69.45), disagreeing: false },
      { label: 'B', raw: '69%', value: 69, interval: closed(68.5, 69.5), disagreeing: false },
      { label: 'C', raw: 'over 70%', value: 70, interval: { lo: 70, hi: Infinity, loOpen: true, hiOpen: false }, disagreeing: true },
    ],
    fmt,
  )!;

  it('places values in order along the axis, inside the plot', () => {
    const [a, b, c] = layout.rows;
    expect(b.x).toBeLessThan(a.x);
    expect(a.x).toBeLessThan(c.x);
    for (const r of layout.rows) {
      expect(r.x1).toBeGreaterThanOrEqual(layout.left);
      expect(r.x2).toBeLessThanOrEqual(layout.right);
      expect(r.x1).toBeLessThanOrEqual(r.x);
    }
  });

  it('draws an open end for an unbounded interval and keeps the disagreement', () => {
    expect(layout.rows[2].openRight).toBe(true);
    expect(layout.rows[2].openLeft).toBe(false);
    expect(layout.rows[2].disagreeing).toBe(true);
    expect(layout.rows[1].openRight).toBe(false);
  });

  it('labels ticks with enough decimals to tell them apart', () => {
    const labels = layout.ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThanOrEqual(3);
  });

  it('copes with a single repeated value and with no rows', () => {
    const one = chartLayout([{ label: 'A', raw: '5', value: 5, interval: closed(5, 5), disagreeing: false }], fmt)!;
    expect(Number.isFinite(one.rows[0].x)).toBe(true);
    expect(chartLayout([], fmt)).toBeUndefined();
  });
});

describe('chart helpers', () => {
  it('picks 1-2-5 steps and the decimals they need', () => {
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(0.012)).toBeCloseTo(0.02);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(10)).toBe(0);
    expect(stepDecimals(0.05)).toBe(2);
  });

  it('charts only values that share a numeric axis', () => {
    const pct = (value: number) => ({ type: 'percent', value, interval: closed(value, value), bound: 'exact', halfStep: 0, decimals: 0 }) as TypedValue;
    const usd = (basis?: string) => ({ type: 'money', currency: 'USD', value: 5, interval: closed(5, 5), bound: 'exact', halfStep: 0, decimals: 0, ...(basis ? { basis } : {}) }) as TypedValue;
    expect(chartable([pct(1), pct(2)])).toBe(true);
    expect(chartable([pct(1), usd()])).toBe(false);
    expect(chartable([usd('1M input tokens'), usd('1M output tokens')])).toBe(false);
    expect(chartable([{ type: 'boolean', value: true }])).toBe(false);
    expect(chartable([])).toBe(false);
  });
});
