import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartLayout, niceStep, numericTicks, smallerStep, stepDecimals, wrapText, WRAP, type ChartRowInput } from '../../src/site/chart.ts';
import { chartable, chartPlan, dateTicks, worthCharting } from '../../src/site/chart-plan.ts';
import type { RawValue, TypedValue } from '../../src/core/model.ts';
import { parseValue, type ValueType } from '../../src/core/values/index.ts';

const closed = (lo: number, hi: number) => ({ lo, hi, loOpen: false, hiOpen: false });
const pctAxis = { ticks: (lo: number, hi: number) => numericTicks(lo, hi, (n, d) => `${n.toFixed(d)}%`) };
const row = (title: string, marks: ChartRowInput['marks'], odd = false): ChartRowInput => ({ title, detail: '1 independent origin: Some Publisher', odd, marks });

function value(type: ValueType, raw: RawValue): TypedValue {
  const p = parseValue(type, raw);
  if (!p.ok) throw new Error(`test value ${String(raw)} does not parse as ${type}`);
  return p.value;
}

describe('chartLayout', () => {
  const layout = chartLayout(
    [
      row('A · 69.4%', [{ report: 0, value: 69.4, interval: closed(69.35, 69.45) }, { report: 1, value: 69, interval: closed(68.5, 69.5) }]),
      row('B · over 70%', [{ report: 2, value: 70, interval: { lo: 70, hi: Infinity, loOpen: true, hiOpen: false } }], true),
    ],
    pctAxis,
  )!;

  it('places values in order along the axis, inside the plot', () => {
    const [a, b] = layout.rows[0].marks;
    const c = layout.rows[1].marks[0];
    expect(b.x!).toBeLessThan(a.x!);
    expect(a.x!).toBeLessThan(c.x!);
    for (const r of layout.rows) {
      for (const m of r.marks) {
        expect(m.x1).toBeGreaterThanOrEqual(layout.left);
        expect(m.x2).toBeLessThanOrEqual(layout.right);
        expect(m.x1).toBeLessThanOrEqual(m.x!);
      }
    }
  });

  it('puts each row below the previous one, its strip below its label, and the axis below every row', () => {
    expect(layout.rows[0].barY).toBeGreaterThan(layout.rows[0].labelY);
    expect(layout.rows[1].labelY).toBeGreaterThan(layout.rows[0].barY);
    expect(layout.axisY).toBeGreaterThan(layout.rows[1].barY);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('draws an open end for an unbounded interval and keeps the odd camp', () => {
    expect(layout.rows[1].marks[0].openRight).toBe(true);
    expect(layout.rows[1].marks[0].openLeft).toBe(false);
    expect(layout.rows[1].odd).toBe(true);
    expect(layout.rows[0].marks[1].openRight).toBe(false);
  });

  it('labels at least three ticks, distinct, inside the plot', () => {
    const labels = layout.ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(layout.left - 1e-9);
  });

  it('has no chart without marks', () => {
    expect(chartLayout([], pctAxis)).toBeUndefined();
  });

  it('gives three or more ticks for two close values (79.1% and 82.7%), and for any range', () => {
    expect(numericTicks(78, 84, (n, d) => n.toFixed(d)).length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (lo, span) => {
        const ticks = numericTicks(lo, lo + span, (n, d) => n.toFixed(d));
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        for (const t of ticks) {
          expect(t.value).toBeGreaterThanOrEqual(lo - span * 1e-6);
          expect(t.value).toBeLessThanOrEqual(lo + span * (1 + 1e-6));
        }
        expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
      }),
    );
  });

  it('wraps label text to lines no longer than the narrowest chart allows', () => {
    const lines = wrapText('3 independent origins: The Efficiency Play That Could Redefine…, Daily Neural Digest, TechCrunch');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(WRAP);
    expect(lines.join(' ')).toBe('3 independent origins: The Efficiency Play That Could Redefine…, Daily Neural Digest, TechCrunch');
  });
});

describe('chartPlan', () => {
  it('puts "35x lower" and "by 35%" on one axis of what remains: about 3% against 65% (or 135%)', () => {
    const plan = chartPlan([value('change', '35x lower'), value('change', 'by 35%')])!;
    expect(plan.kind).toBe('change');
    const [x, p] = plan.positions;
    expect(x.marks[0].value).toBeCloseTo(100 / 35);
    expect(p.marks.map((m) => m.value)).toEqual([65, 135]);
    expect(worthCharting(plan)).toBe(true);
    // The axis always shows 100%, no change, as the reference.
    const layout = chartLayout([{ title: 'A', detail: '', odd: false, marks: [{ report: 0, ...x.marks[0] }] }], plan.axis)!;
    expect(layout.ticks.map((t) => t.label)).toContain('100%');
  });

  it('draws a direction alone ("lower") as the span it allows, with no dot', () => {
    const plan = chartPlan([value('change', 'lower'), value('change', '20% higher')])!;
    expect(plan.kind).toBe('change');
    expect(plan.positions[0].marks).toEqual([{ interval: { lo: 0, hi: 100, loOpen: true, hiOpen: true } }]);
    expect(plan.positions[1].marks[0].value).toBe(120);
  });

  it('reads a percent and a multiplier as changes when they share a claim', () => {
    const plan = chartPlan([value('change', '35% lower'), value('multiplier', '35x lower')])!;
    expect(plan.kind).toBe('change');
    expect(plan.positions[0].marks).toHaveLength(1);
    expect(plan.positions[0].marks[0].value).toBe(65);
  });

  it('draws dates on a timeline of days, a day-precision date as a day-wide bar with a dot', () => {
    const plan = chartPlan([value('date', 'April 23, 2026'), value('date', 'April 24, 2026'), value('date', 'April 2026')])!;
    expect(plan.kind).toBe('date');
    const [a, b, month] = plan.positions.map((p) => p.marks[0]);
    expect(b.value! - a.value!).toBe(1);
    expect(a.interval.hi - a.interval.lo).toBe(1);
    expect(month.value).toBeUndefined();
    expect(month.interval.hi - month.interval.lo).toBe(30);
    const ticks = dateTicks(a.interval.lo - 1, b.interval.hi + 1);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.map((t) => t.label)).toContain('Apr 23');
  });

  it('gives no chart for one value, nor for reports that all give the same exact figure', () => {
    expect(worthCharting(chartPlan([value('money', '$1,200 per million tokens')])!)).toBe(false);
    expect(worthCharting(chartPlan([value('percent', '82.7%'), value('percent', '82.7%')])!)).toBe(false);
    expect(worthCharting(chartPlan([value('percent', '82.7%'), value('percent', '79.1%')])!)).toBe(true);
    expect(chartPlan([value('boolean', true), value('boolean', false)])).toBeUndefined();
  });
});

describe('chart helpers', () => {
  it('picks 1-2-5 steps and the decimals they need', () => {
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(0.012)).toBeCloseTo(0.02);
    expect(smallerStep(1)).toBe(0.5);
    expect(smallerStep(5)).toBe(2);
    expect(smallerStep(20)).toBe(10);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(10)).toBe(0);
    expect(stepDecimals(0.05)).toBe(2);
  });

  it('charts on a figure axis only values that share one', () => {
    expect(chartable([value('percent', '1%'), value('percent', '2%')])).toBe(true);
    expect(chartable([value('percent', '1%'), value('money', '$5')])).toBe(false);
    expect(chartable([value('money', '$5 per 1M input tokens'), value('money', '$5 per 1M output tokens')])).toBe(false);
    expect(chartable([value('boolean', true)])).toBe(false);
    expect(chartable([])).toBe(false);
  });
});
