import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Property } from '../../../src/core/model.ts';
import { isNoteworthy, possibleMisreading } from '../../../src/core/rules/possible-misreading.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus, value } from '../../helpers/corpus-builder.ts';

const PROPERTIES: (Partial<Property> & Pick<Property, 'id' | 'type'>)[] = [
  { id: 'deployment-systems', type: 'number', unit: 'systems' },
  { id: 'nvidia-employee-users', type: 'number', unit: 'employees' },
  { id: 'cluster-gpus', type: 'number', unit: 'GPUs' },
  { id: 'training-chips', type: 'number', unit: 'chips' },
  { id: 'gpu-count', type: 'number', unit: 'GPU' },
  // As claims/properties.yaml declares them: a bare figure is a rise.
  { id: 'net-cost-increase', type: 'change', direction: 'increase' },
  { id: 'token-speed-gain', type: 'change', direction: 'increase' },
];

const run = (claims: ClaimSpec[]) =>
  possibleMisreading.check(
    buildContext(
      buildCorpus({
        claims,
        properties: PROPERTIES,
        subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
        sources: [{ id: 'venturebeat', title: 'GPT-5.5 is no potato', publisher: 'VentureBeat' }],
      }),
      compareValues,
    ),
  );

const on = (subject: string, property: string, type: ClaimSpec['type'], source: string, raw: string, via?: string): ClaimSpec => ({
  subject,
  property,
  ...(type ? { type } : {}),
  reports: [{ source, raw, ...(via ? { via } : {}) }],
});

describe('possible-misreading', () => {
  it('flags one upstream figure attached to two quantities by two sources', () => {
    const flags = run([
      on('gpt-5-5', 'capability-improvement', 'change', 'efficiency-play', '20% improvement', 'venturebeat'),
      on('gpt-5-5-deployment', 'operating-cost-increase', 'change', 'neural-digest', 'increasing by 20%', 'venturebeat'),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'possible-misreading', diagnosis: 'same-upstream', sources: ['efficiency-play', 'neural-digest'] });
    expect(flags[0].explanation).toContain('The same figure, 20%,');
    expect(flags[0].explanation).toContain('both citing VentureBeat');
    expect(flags[0].explanation).toContain('read two ways');
  });

  it('flags the same number on one subject counting different things, bounds aside', () => {
    // Units from the properties ("systems", "employees") when the values carry none.
    const flags = run([
      on('gpt-5-5', 'deployment-systems', undefined, 'a', 'over 10,000', 'nvidia'),
      on('gpt-5-5', 'nvidia-employee-users', undefined, 'b', '10,000'),
    ]);
    expect(flags.map((f) => f.diagnosis)).toEqual(['same-subject']);
    expect(flags[0].explanation).toContain('counts different things in two claims about GPT-5.5');
    // Units written in the values win over the property's, and a different kind of value counts too.
    expect(run([on('s', 'p', 'number', 'a', '10,000 systems'), on('s', 'q', 'number', 'b', '10,000 employees')])).toHaveLength(1);
    expect(run([on('s', 'p', 'money', 'a', '$20 million'), on('s', 'q', 'number', 'b', '20 million users')])).toHaveLength(1);
  });

  it('needs visibly different units to link claims by subject alone', () => {
    const flags = run([
      // No unit on either side: nothing shows the number counts different things.
      on('s', 'p', 'number', 'a', '10,000'),
      on('s', 'q', 'number', 'b', '10,000'),
      // "GPUs" and "GPU" are one unit, however written.
      on('t', 'cluster-gpus', undefined, 'a', '100,000'),
      on('t', 'gpu-count', undefined, 'b', '100,000-GPU'),
      // Two lump sums in dollars count the same kind of thing.
      on('u', 'x', 'money', 'a', '$20 million'),
      on('u', 'y', 'money', 'b', '$20 million'),
    ]);
    expect(flags).toEqual([]);
  });

  it('ignores percents and changes shared by a subject unless an upstream links them', () => {
    const flags = run([
      on('gpt-5-5', 'capability-improvement', 'change', 'efficiency-play', '20% improvement', 'venturebeat'),
      on('gpt-5-5', 'operating-cost-increase', 'change', 'neural-digest', 'increasing by 20%', 'venturebeat'),
      on('gpt-5-5', 'net-cost-increase', 'change', 'retrain', 'around 20%'),
      on('gpt-5-5', 'token-speed-gain', 'change', 'ground-up', 'by over 20%'),
      on('gpt-5-5', 'share', 'percent', 'tempmail', '20%'),
      on('gpt-5-5', 'gain', 'multiplier', 'tempmail-2', '20x'),
    ]);
    expect(flags.map((f) => [f.diagnosis, f.claims])).toEqual([
      ['same-upstream', ['gpt-5-5/capability-improvement', 'gpt-5-5/operating-cost-increase']],
    ]);
  });

  it('keeps an upstream pair out of a same-subject group, flagging such links pair by pair', () => {
    const flags = run([
      on('gpt-5-5', 'deployment-systems', undefined, 'a', '10,000', 'nvidia'),
      on('gpt-5-5', 'nvidia-employee-users', undefined, 'b', '10,000', 'nvidia'),
      on('gpt-5-5', 'training-chips', undefined, 'c', '10,000'),
    ]);
    expect(flags.map((f) => `${f.diagnosis}: ${f.claims.join(' + ')}`).sort()).toEqual([
      'same-subject: gpt-5-5/deployment-systems + gpt-5-5/training-chips',
      'same-subject: gpt-5-5/nvidia-employee-users + gpt-5-5/training-chips',
      'same-upstream: gpt-5-5/deployment-systems + gpt-5-5/nvidia-employee-users',
    ]);
  });

  it('groups a same-subject chain with no upstream pair in it into one flag', () => {
    const flags = run([
      on('gpt-5-5', 'deployment-systems', undefined, 'a', '10,000'),
      on('gpt-5-5', 'nvidia-employee-users', undefined, 'b', '10,000'),
      on('gpt-5-5', 'training-chips', undefined, 'c', '10,000'),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].claims).toHaveLength(3);
    expect(flags[0].explanation).toContain('in claims about GPT-5.5');
  });

  it('stays quiet on coincidences', () => {
    const flags = run([
      // Same property on two subjects: two models scoring 57 is not a misreading.
      on('claude', 'intelligence-index', 'number', 'a', '57', 'aa'),
      on('gemini', 'intelligence-index', 'number', 'b', '57', 'aa'),
      // Small round figures are too common to mean anything.
      on('m', 'context', 'number', 'a', '1M tokens'),
      on('m', 'params', 'number', 'b', '1 million parameters'),
      // Unlinked: different subjects, different origins.
      on('p', 'x', 'number', 'a', '42 systems'),
      on('q', 'y', 'number', 'b', '42 employees'),
      // Same source on both claims.
      on('r', 'x', 'number', 'a', '33 systems'),
      on('r', 'y', 'number', 'a', '33 employees'),
    ]);
    expect(flags).toEqual([]);
  });

  it('stays quiet when each source states the figure on both claims', () => {
    const flags = run([
      { subject: 's', property: 'x', type: 'number', reports: [{ source: 'a', raw: '33 systems' }, { source: 'b', raw: '33 systems' }] },
      { subject: 's', property: 'y', type: 'number', reports: [{ source: 'a', raw: '33 employees' }, { source: 'b', raw: '33 employees' }] },
    ]);
    expect(flags).toEqual([]);
  });

  it('counts a figure as noteworthy from two written digits or a decimal', () => {
    expect(isNoteworthy(value('number', '10,000'))).toBe(true);
    expect(isNoteworthy(value('money', '$200 million'))).toBe(true);
    expect(isNoteworthy(value('money', '$5.30'))).toBe(true);
    expect(isNoteworthy(value('number', '2 million'))).toBe(false);
    expect(isNoteworthy(value('multiplier', '3x'))).toBe(false);
    expect(isNoteworthy(value('date', '2026'))).toBe(false);
  });
});
