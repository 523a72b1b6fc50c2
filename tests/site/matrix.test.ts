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
