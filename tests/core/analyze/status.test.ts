import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import type { Flag } from '../../../src/core/model.ts';
import { defineRule, type Rule } from '../../../src/core/rules/types.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

describe('claim status', () => {
  const corpus = buildCorpus({
    claims: [
      { subject: 's', property: 'single', type: 'number', reports: [{ source: 'a', raw: '57' }] },
      { subject: 's', property: 'same-upstream', type: 'number', reports: [{ source: 'a', raw: '57', via: 'u' }, { source: 'b', raw: '57', via: 'u' }] },
      { subject: 's', property: 'independent', type: 'percent', reports: [{ source: 'a', raw: '69%' }, { source: 'b', raw: '69.4%', via: 'u' }] },
      { subject: 's', property: 'contested', type: 'date', reports: [{ source: 'a', raw: 'April 23, 2026' }, { source: 'b', raw: 'April 2026' }, { source: 'c', raw: 'April 24, 2026' }] },
    ],
  });
  const { claims } = analyze(corpus);

  it('is single-source with one origin, even when two articles repeat one upstream', () => {
    expect(claims.get('s/single')).toEqual({
      claim: 's/single',
      status: 'single-source',
      reason: 'One independent origin; nothing confirms or contradicts it yet.',
      origins: ['a'],
      independentOrigins: 1,
      disagreeing: [],
      openFlags: [],
      resolvedFlags: [],
    });
    expect(claims.get('s/same-upstream')).toMatchObject({ status: 'single-source', origins: ['u'] });
  });

  it('is corroborated by two independent origins that agree', () => {
    expect(claims.get('s/independent')).toMatchObject({ status: 'corroborated', origins: ['a', 'u'] });
  });

  it('is contested when any two reports disagree, listing only those reports', () => {
    expect(claims.get('s/contested')).toMatchObject({ status: 'contested', disagreeing: [0, 2] });
  });

  it('lists claims in id order', () => {
    expect([...claims.keys()]).toEqual(['s/contested', 's/independent', 's/same-upstream', 's/single']);
  });
});

describe('analyze with custom rules', () => {
  const corpus = buildCorpus({ claims: [{ subject: 's', property: 'p', type: 'number', reports: [{ source: 'a', raw: '1' }] }] });
  const flag = <K extends string>(kind: K, id: string): Flag<K> => ({ id, kind, claims: [], sources: [], values: [], explanation: '' });
  const fixed = <K extends string>(kind: K, ids: string[]) =>
    defineRule({ kind, label: kind, name: kind, description: 'Emits fixed flags.', severity: 'low', check: () => ids.map((id) => flag(kind, id)) });

  it('runs the rules it is given and sorts their flags by the rule order, then id, dropping repeated ids', () => {
    const rules = [fixed('second', ['a']), fixed('first', ['z', 'b', 'b'])];
    expect(analyze(corpus, rules).flags.map((f) => `${f.kind}:${f.id}`)).toEqual(['second:a', 'first:b', 'first:z']);
    expect(analyze(corpus, [...rules].reverse()).flags.map((f) => `${f.kind}:${f.id}`)).toEqual(['first:b', 'first:z', 'second:a']);
    expect(analyze(corpus, []).flags).toEqual([]);
  });

  it('refuses a rule that raises flags of another kind, and two rules of one kind', () => {
    const stray: Rule = { ...fixed('mine', []), check: () => [flag('theirs', 'x')] };
    expect(() => analyze(corpus, [stray])).toThrow(/"mine" raised a flag of kind "theirs"/);
    expect(() => analyze(corpus, [fixed('same', []), fixed('same', [])])).toThrow(/Two rules declare the flag kind "same"/);
  });
});
