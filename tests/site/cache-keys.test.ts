import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Corpus, Flag, Source } from '../../src/core/model.ts';
import { claimPageKey, sourcePageKey, subjectPageKey } from '../../src/site/cache-keys.ts';
import { subjectMatrix } from '../../src/site/page-index.ts';
import { buildSiteData, type SiteData } from '../../src/site/site-data.ts';

const pct = { type: 'percent', value: 1, interval: { lo: 1, hi: 1, loOpen: false, hiOpen: false }, bound: 'exact', halfStep: 0, decimals: 0 } as const;
const source = (id: string, title = id): Source => ({ id, file: `sources/${id}.md`, title, kind: 'news', cites: [], archived: true, body: 'one two three four', bodyLine: 5 });
const claim = (id: string, subject: string, reports: Array<{ source: string; start: number }>, notes = ''): Claim => ({
  id,
  file: `claims/${id}.md`,
  subject,
  property: 'score',
  qualifiers: {},
  topics: [],
  notes,
  reports: reports.map((r) => ({ source: r.source, raw: '1%', value: pct, quote: 'q', position: { line: 1, col: 1 }, quoteRange: { start: r.start, end: r.start + 3 } })),
});

interface Edits {
  titleOfB?: string;
  nameOfM2?: string;
  notesOfC3?: string;
  earlierQuoteInA?: boolean;
  bodyOfB?: string;
}

/** c1 (m1, quotes a and b) shares flag f1 with c2 (m2, quotes b); c3 (m2, quotes c) is unrelated to c1. */
function site(edits: Edits = {}): SiteData {
  const claims = [
    claim('m1/c1', 'm1', [{ source: 'a', start: 8 }, { source: 'b', start: 0 }]),
    claim('m2/c2', 'm2', [{ source: 'b', start: 4 }]),
    claim('m2/c3', 'm2', [{ source: 'c', start: 0 }], edits.notesOfC3),
  ];
  if (edits.earlierQuoteInA) claims.push(claim('m2/c4', 'm2', [{ source: 'a', start: 0 }]));
  const b = source('b', edits.titleOfB);
  if (edits.bodyOfB) b.body = edits.bodyOfB;
  const corpus: Corpus = {
    claims,
    sources: [source('a'), b, source('c')],
    subjects: [
      { id: 'm1', name: 'M1', kind: 'model', aliases: [] },
      { id: 'm2', name: edits.nameOfM2 ?? 'M2', kind: 'model', aliases: [] },
    ],
    properties: [{ id: 'score', label: 'Score', type: 'percent', description: '', group: 'benchmark' }],
    relations: [],
  };
  const flags: Flag[] = [{ id: 'f1', kind: 'value-conflict', claims: ['m1/c1', 'm2/c2'], sources: ['b'], values: [], explanation: '' }];
  const analysis: Analysis = { claims: new Map(claims.map((c) => [c.id, { claim: c.id, status: 'single-source', origins: [], disagreeing: [], reason: '', independentOrigins: 0, openFlags: [], resolvedFlags: [] }])), flags };
  return buildSiteData(corpus, analysis);
}

const claimKey = (data: SiteData, id: string) => claimPageKey(data, data.claims.get(id)!);
const sourceKey = (data: SiteData, id: string) => sourcePageKey(data, data.sources.get(id)!);
const subjectKey = (data: SiteData, id: string) => {
  const s = data.subjects.get(id)!;
  return subjectPageKey(data, s, subjectMatrix(data, s));
};

describe('page cache keys', () => {
  const base = site();

  it('are stable for the same data', () => {
    expect(claimKey(site(), 'm1/c1')).toBe(claimKey(base, 'm1/c1'));
    expect(sourceKey(site(), 'b')).toBe(sourceKey(base, 'b'));
    expect(subjectKey(site(), 'm1')).toBe(subjectKey(base, 'm1'));
  });

  it('change a claim page when a source it quotes is renamed', () => {
    expect(claimKey(site({ titleOfB: 'B!' }), 'm1/c1')).not.toBe(claimKey(base, 'm1/c1'));
  });

  it('change a claim page when a claim in one of its flags is renamed through its subject', () => {
    expect(claimKey(site({ nameOfM2: 'Model two' }), 'm1/c1')).not.toBe(claimKey(base, 'm1/c1'));
  });

  it('change a claim page when its passage number moves because another claim quotes earlier text', () => {
    expect(claimKey(site({ earlierQuoteInA: true }), 'm1/c1')).not.toBe(claimKey(base, 'm1/c1'));
  });

  it('keep a claim page when an unrelated claim changes', () => {
    expect(claimKey(site({ notesOfC3: 'new note' }), 'm1/c1')).toBe(claimKey(base, 'm1/c1'));
    expect(claimKey(site({ notesOfC3: 'new note' }), 'm2/c3')).not.toBe(claimKey(base, 'm2/c3'));
  });

  it('change a source page when its text or a claim quoting it changes', () => {
    expect(sourceKey(site({ bodyOfB: 'other words here' }), 'b')).not.toBe(sourceKey(base, 'b'));
    expect(sourceKey(site({ nameOfM2: 'Model two' }), 'b')).not.toBe(sourceKey(base, 'b'));
    expect(sourceKey(site({ notesOfC3: 'new note' }), 'b')).toBe(sourceKey(base, 'b'));
    expect(sourceKey(site({ notesOfC3: 'new note' }), 'c')).not.toBe(sourceKey(base, 'c'));
  });

  it('change a subject page when a peer in its matrix is renamed', () => {
    expect(subjectKey(site({ nameOfM2: 'Model two' }), 'm1')).not.toBe(subjectKey(base, 'm1'));
  });
});
