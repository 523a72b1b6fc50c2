import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { isNoteworthy, possibleMisreading } from '../../../src/core/rules/possible-misreading.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus, value } from '../../helpers/corpus-builder.ts';

const run = (claims: ClaimSpec[]) =>
  possibleMisreading.check(
    buildContext(buildCorpus({ claims, sources: [{ id: 'venturebeat', title: 'GPT-5.5 is no potato', publisher: 'VentureBeat' }] }), compareValues),
  );

describe('possible-misreading', () => {
  it('flags one upstream figure attached to two quantities by two sources', () => {
    const flags = run([
      { subject: 'gpt-5-5', property: 'capability-improvement', type: 'change', reports: [{ source: 'efficiency-play', raw: '20% improvement', via: 'venturebeat' }] },
      { subject: 'gpt-5-5-deployment', property: 'operating-cost-increase', type: 'change', reports: [{ source: 'neural-digest', raw: 'increasing by 20%', via: 'venturebeat' }] },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'possible-misreading', diagnosis: 'same-upstream', sources: ['efficiency-play', 'neural-digest'] });
    expect(flags[0].explanation).toContain('The number 20%');
    expect(flags[0].explanation).toContain('"GPT-5.5 is no potato" (VentureBeat)');
    expect(flags[0].explanation).toContain('read two ways');
  });

  it('flags the same number on one subject with a different meaning, bounds aside', () => {
    const flags = run([
      { subject: 'gpt-5-5', property: 'deployment-systems', type: 'number', reports: [{ source: 'a', raw: 'over 10,000', via: 'nvidia' }] },
      { subject: 'gpt-5-5', property: 'nvidia-employee-users', type: 'number', reports: [{ source: 'b', raw: '10,000' }] },
    ]);
    expect(flags.map((f) => f.diagnosis)).toEqual(['same-subject']);
  });

  it('stays quiet on coincidences', () => {
    const flags = run([
      // Same property on two subjects: two models scoring 57 is not a misreading.
      { subject: 'claude', property: 'intelligence-index', type: 'number', reports: [{ source: 'a', raw: '57', via: 'aa' }] },
      { subject: 'gemini', property: 'intelligence-index', type: 'number', reports: [{ source: 'b', raw: '57', via: 'aa' }] },
      // Small round figures are too common to mean anything.
      { subject: 'm', property: 'context', type: 'number', reports: [{ source: 'a', raw: '1M' }] },
      { subject: 'm', property: 'params', type: 'number', reports: [{ source: 'b', raw: '1 million' }] },
      // Unlinked: different subjects, different origins.
      { subject: 'p', property: 'x', type: 'percent', reports: [{ source: 'a', raw: '42%' }] },
      { subject: 'q', property: 'y', type: 'percent', reports: [{ source: 'b', raw: '42%' }] },
      // Same source on both claims.
      { subject: 'r', property: 'x', type: 'percent', reports: [{ source: 'a', raw: '33%' }] },
      { subject: 'r', property: 'y', type: 'percent', reports: [{ source: 'a', raw: '33%' }] },
    ]);
    expect(flags).toEqual([]);
  });

  it('stays quiet when each source states the figure on both claims', () => {
    const flags = run([
      { subject: 's', property: 'x', type: 'percent', reports: [{ source: 'a', raw: '33%' }, { source: 'b', raw: '33%' }] },
      { subject: 's', property: 'y', type: 'percent', reports: [{ source: 'a', raw: '33%' }, { source: 'b', raw: '33%' }] },
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
