import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Corpus, Flag, Source } from '../../src/core/model.ts';
import { groupFlagsByKind, importantFlags } from '../../src/site/group.ts';
import { buildSiteData, claimText, sourceStats } from '../../src/site/site-data.ts';

const source = (id: string, cites: string[] = []): Source => ({ id, file: `sources/${id}.md`, title: id.toUpperCase(), kind: 'news', cites, archived: true, body: 'text', bodyLine: 5 });
const pct = { type: 'percent', value: 1, interval: { lo: 1, hi: 1, loOpen: false, hiOpen: false }, bound: 'exact', halfStep: 0, decimals: 0 } as const;
const claim = (id: string, sources: string[]): Claim => {
  const [subject, property] = id.split('/');
  return {
    id,
    file: `claims/${id}.md`,
    subject,
    property,
    qualifiers: {},
    topics: [],
    notes: '',
    reports: sources.map((s, i) => ({ source: s, raw: `${i}%`, value: pct, quote: 'q', position: { line: 1, col: 1 }, quoteRange: { start: 0, end: 1 } })),
  };
};
const flag = (id: string, kind: Flag['kind'], sources: string[], claims: string[], over: Partial<Flag> = {}): Flag => ({ id, kind, claims, sources, values: [], explanation: '', ...over });

describe('buildSiteData', () => {
  const corpus: Corpus = {
    sources: [source('a', ['b']), source('b'), source('c', ['b'])],
    claims: [claim('m/score', ['a', 'b']), claim('m/price', ['a'])],
    subjects: [{ id: 'm', name: 'Model M', kind: 'model', aliases: [] }],
    properties: [{ id: 'score', label: 'Score', type: 'percent', description: '' }],
    relations: [],
  };
  const analysis: Analysis = {
    claims: new Map([
      ['m/score', { claim: 'm/score', status: 'contested', origins: ['a', 'b'], disagreeing: [0, 1], reason: '', independentOrigins: 0, openFlags: [], resolvedFlags: [] }],
      ['m/price', { claim: 'm/price', status: 'single-source', origins: ['a'], disagreeing: [], reason: '', independentOrigins: 0, openFlags: [], resolvedFlags: [] }],
    ]),
    flags: [flag('f1', 'value-conflict', ['a', 'b'], ['m/score'])],
  };
  const data = buildSiteData(corpus, analysis);

  it('indexes claims by subject and reports by source', () => {
    expect(data.claimsBySubject.get('m')?.map((c) => c.id)).toEqual(['m/price', 'm/score']);
    expect(data.reportsBySource.get('a')?.length).toBe(2);
    expect(data.citedBy.get('b')).toEqual(['a', 'c']);
  });

  it('counts how often a source disagrees', () => {
    expect(sourceStats(data, 'a')).toEqual({ claims: 2, reports: 2, disagreeing: 1, flags: 1 });
    expect(sourceStats(data, 'c')).toEqual({ claims: 0, reports: 0, disagreeing: 0, flags: 0 });
  });

  it('names claims in plain words, falling back to ids', () => {
    expect(claimText(data, corpus.claims[0])).toBe('Model M · Score');
    expect(claimText(data, corpus.claims[1])).toBe('Model M · price');
  });

  it('numbers the quoted passages of each source', () => {
    expect(data.anchors.bySource.get('a')?.[0].claims).toEqual(['m/price', 'm/score']);
  });
});

describe('flag grouping', () => {
  const flags = [
    flag('m1', 'possible-misreading', ['a', 'b', 'c', 'd'], ['x'], { severity: 'medium' }),
    flag('v1', 'value-conflict', ['a', 'b'], ['x'], { severity: 'high' }),
    flag('v2', 'value-conflict', ['a', 'b', 'c'], ['y'], { severity: 'high' }),
    flag('i1', 'internal-inconsistency', ['a'], ['z'], { severity: 'medium' }),
    flag('r1', 'value-conflict', ['a', 'b', 'c', 'd'], ['w'], { severity: 'high', resolved: { claim: 'w', rating: 'compatible', reviewer: 'ed', reviewed: '2026-05-01' } }),
  ];

  it('groups by kind in the engine order, dropping empty kinds; open flags first, by severity, resolved ones last', () => {
    expect(groupFlagsByKind(flags).map((g) => [g.kind, g.flags.map((f) => f.id)])).toEqual([
      ['value-conflict', ['v2', 'v1', 'r1']],
      ['possible-misreading', ['m1']],
      ['internal-inconsistency', ['i1']],
    ]);
  });

  it('puts the most severe open flags with more sources first, leaving resolved flags out', () => {
    // m1 and i1 are both medium: m1 involves more sources.
    expect(importantFlags(flags, 4).map((f) => f.id)).toEqual(['v2', 'v1', 'm1', 'i1']);
  });
});
