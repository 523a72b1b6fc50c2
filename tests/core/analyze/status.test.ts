import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import { FLAG_KINDS } from '../../../src/core/model.ts';
import type { Rule } from '../../../src/core/rules/types.ts';
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
    expect(claims.get('s/single')).toEqual({ claim: 's/single', status: 'single-source', origins: ['a'], disagreeing: [] });
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
  it('runs the rules it is given and sorts their flags by kind, then id', () => {
    const corpus = buildCorpus({ claims: [{ subject: 's', property: 'p', type: 'number', reports: [{ source: 'a', raw: '1' }] }] });
    const flag = (kind: (typeof FLAG_KINDS)[number], id: string) => ({ id, kind, claims: [], sources: [], values: [], explanation: '' });
    const rule: Rule = {
      name: 'test',
      description: 'emits fixed flags',
      check: () => [flag('internal-inconsistency', 'a'), flag('value-conflict', 'z'), flag('value-conflict', 'b'), flag('value-conflict', 'b')],
    };
    expect(analyze(corpus, [rule]).flags.map((f) => `${f.kind}:${f.id}`)).toEqual([
      'value-conflict:b',
      'value-conflict:z',
      'internal-inconsistency:a',
    ]);
    expect(analyze(corpus, []).flags).toEqual([]);
  });
});
