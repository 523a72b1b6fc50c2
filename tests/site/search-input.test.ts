import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Corpus, Report, Source } from '../../src/core/model.ts';
import { searchInput } from '../../src/site/search-input.ts';
import { verdict } from '../helpers/corpus-builder.ts';

const pct = { type: 'percent', value: 1, interval: { lo: 1, hi: 1, loOpen: false, hiOpen: false }, bound: 'exact', halfStep: 0, decimals: 0 } as const;
const report = (source: string, raw: Report['raw'], over: Partial<Report> = {}): Report => ({ source, raw, value: pct, quote: `quote of ${source}`, position: { line: 1, col: 1 }, ...over });
const source = (id: string, over: Partial<Source> = {}): Source => ({ id, file: `sources/${id}.md`, title: id.toUpperCase(), kind: 'news', cites: [], archived: true, body: `body of ${id}`, bodyLine: 5, ...over });
const claim = (id: string, reports: Report[], over: Partial<Claim> = {}): Claim => {
  const [subject, rest] = id.split('/');
  return { id, file: `claims/${id}.md`, subject, property: rest.split('--')[0], qualifiers: {}, topics: [], notes: '', reports, ...over };
};

const corpus: Corpus = {
  sources: [source('a', { publisher: 'Pub', author: 'Ann', notes: 'Read **this** [here](https://x.org).' }), source('b', { archived: false, body: 'ignored' }), source('c')],
  claims: [
    claim('m/score--effort-hi', [report('a', '82%'), report('b', '82%', { via: 'c' }), report('c', true)], {
      qualifiers: { setting: 'hi', effort: 'm' },
      notes: 'A *note*.',
      verdict: verdict({ value: '82.5%', note: 'Settled by `c`.' }),
    }),
    claim('x/unknown', [report('a', 3)]),
  ],
  subjects: [{ id: 'm', name: 'Model M', kind: 'model', aliases: ['Em'] }],
  properties: [{ id: 'score', label: 'Score', type: 'percent', description: '' }],
  relations: [],
};
const analysis: Pick<Analysis, 'claims'> = { claims: new Map([['m/score--effort-hi', { claim: 'm/score--effort-hi', status: 'contested', origins: ['a', 'c'], disagreeing: [], reason: '', independentOrigins: 0, openFlags: [], resolvedFlags: [] }]]) };

describe('searchInput', () => {
  const input = searchInput(corpus, analysis);
  const [m, x] = input.claims;

  it('names subjects, properties and subject-valued qualifiers, sorted by qualifier key', () => {
    expect(m).toMatchObject({ subjectId: 'm', subjectName: 'Model M', aliases: ['Em'], propertyLabel: 'Score', propertyType: 'percent' });
    // effort (a subject id, named) sorts before setting (a plain value).
    expect(m.qualifiers).toEqual(['Model M', 'hi']);
  });

  it('falls back to ids and text type when the corpus lacks them, and invents no status the analysis did not give', () => {
    expect(x).toMatchObject({ subjectName: 'x', aliases: [], propertyLabel: 'unknown', propertyType: 'text', status: '', qualifiers: [] });
  });

  it('keeps distinct values as written, then the verdict value, and every quote', () => {
    expect(m.status).toBe('contested');
    expect(m.values).toEqual(['82%', 'yes', '82.5%']);
    expect(x.values).toEqual(['3']);
    expect(m.quotes).toEqual(['quote of a', 'quote of b', 'quote of c']);
  });

  it('turns notes and the verdict note from markdown into plain text', () => {
    expect(m.notes).toBe('A note. Settled by c.');
    expect(input.sources[0].notes).toBe('Read this here.');
  });

  it('lists reporting sources and credited upstreams once each', () => {
    expect(m.sources).toEqual(['a', 'b', 'c']);
  });

  it('indexes archived text only, and publisher and author only when given', () => {
    expect(input.sources.map((s) => s.text)).toEqual(['body of a', '', 'body of c']);
    expect(input.sources[0]).toMatchObject({ publisher: 'Pub', author: 'Ann' });
    expect(Object.keys(input.sources[2])).not.toContain('publisher');
  });

  it('lists every subject with its kind, aliases and how many claims are about it', () => {
    expect(input.subjects).toEqual([{ id: 'm', name: 'Model M', kind: 'model', aliases: ['Em'], description: '', claims: 1 }]);
  });
});
