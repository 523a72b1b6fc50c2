import { describe, expect, it } from 'vitest';
import { comparisonMatrix } from '../../src/site/matrix.ts';

describe('comparisonMatrix', () => {
  const models = [{ id: 'b-model', name: 'B' }, { id: 'a-model', name: 'A' }, { id: 'unused', name: 'Z' }];
  const benches = [{ id: 'tb', label: 'Terminal-Bench' }, { id: 'gpqa', label: 'GPQA' }, { id: 'none', label: 'None' }];
  const claims = [
    { id: 'a-model/tb', subject: 'a-model', property: 'tb', qualifiers: {}, status: 'contested', values: ['82.7%', '82%'] },
    { id: 'b-model/gpqa', subject: 'b-model', property: 'gpqa', qualifiers: {}, status: 'corroborated', values: ['90%'], verdict: '90.1%' },
    { id: 'a-model/price', subject: 'a-model', property: 'price', qualifiers: {}, status: 'single-source', values: ['$5'] },
  ];
  const m = comparisonMatrix(models, benches, claims, ['b-model']);

  it('keeps only models and benchmarks with claims, the given subject first', () => {
    expect(m.rows.map((r) => r.id)).toEqual(['b-model', 'a-model']);
    expect(m.columns.map((c) => c.id)).toEqual(['gpqa', 'tb']);
  });

  it('puts headline columns first: what the page\'s subject reports, then what most models report', () => {
    const more = [
      ...claims,
      { id: 'b-model/tb', subject: 'b-model', property: 'tb', qualifiers: {}, status: 'single-source', values: ['70%'] },
      { id: 'a-model/zz', subject: 'a-model', property: 'zz', qualifiers: {}, status: 'single-source', values: ['1%'] },
    ];
    const wide = comparisonMatrix(models, [...benches, { id: 'zz', label: 'AAA first by name' }], more, ['b-model']);
    // b-model reports both gpqa and tb; tb has two models, gpqa one; zz is not b-model's.
    expect(wide.columns.map((c) => c.id)).toEqual(['tb', 'gpqa', 'zz']);
    const other = comparisonMatrix(models, [...benches, { id: 'zz', label: 'AAA first by name' }], more, ['a-model']);
    expect(other.columns.map((c) => c.id)).toEqual(['tb', 'zz', 'gpqa']);
    // Among the subject's own, the benchmark with more reports leads.
    const talked = comparisonMatrix(models, benches, [...claims, { id: 'b-model/tb', subject: 'b-model', property: 'tb', qualifiers: {}, status: 'single-source', values: ['70%'], reports: 1 }].map((c) => (c.id === 'b-model/gpqa' ? { ...c, reports: 5 } : c)), ['b-model']);
    expect(talked.columns.map((c) => c.id)).toEqual(['gpqa', 'tb']);
  });

  it('marks contested cells and prefers a verdict over the reported values', () => {
    const aTb = m.cells[1][1]!;
    expect(aTb.contested).toBe(true);
    expect(aTb.claims[0].shown).toEqual(['82.7%', '82%']);
    const bGpqa = m.cells[0][0]!;
    expect(bGpqa.contested).toBe(false);
    expect(bGpqa.claims[0].shown).toEqual(['90.1%']);
    expect(m.cells[0][1]).toBeUndefined();
  });
});
