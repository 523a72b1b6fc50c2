import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Corpus, Flag } from '../../src/core/model.ts';
import { comparisonMatrix } from '../../src/site/matrix.ts';
import { pageIndex, subjectMatrix } from '../../src/site/page-index.ts';
import { buildSiteData, matrixInputs, type SiteData } from '../../src/site/site-data.ts';

const SUBJECTS = ['m1', 'm2', 'm3', 'org'];
const PROPS = ['bench-a', 'bench-b', 'price'];
const SOURCES = ['a', 'b', 'c'];
const pct = { type: 'percent', value: 1, interval: { lo: 1, hi: 1, loOpen: false, hiOpen: false }, bound: 'exact', halfStep: 0, decimals: 0 } as const;

const claimArb = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  property: fc.constantFrom(...PROPS),
  qualifier: fc.option(fc.constantFrom(...SUBJECTS), { nil: undefined }),
  reports: fc.array(fc.record({ source: fc.constantFrom(...SOURCES), via: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }), raw: fc.constantFrom('1%', '2%') }), { minLength: 1, maxLength: 3 }),
});

interface Spec {
  subject: string;
  property: string;
  qualifier?: string;
  reports: Array<{ source: string; via?: string; raw: string }>;
}

function corpusOf(specs: Spec[], flagPicks: number[][]): { data: SiteData } {
  const claims: Claim[] = specs.map((s, i) => ({
    id: `${s.subject}/${s.property}-${i}`,
    file: `claims/${i}.md`,
    subject: s.subject,
    property: s.property,
    qualifiers: (s.qualifier ? { versus: s.qualifier } : {}) as Record<string, string>,
    topics: [],
    notes: '',
    reports: s.reports.map((r) => ({ source: r.source, ...(r.via ? { via: r.via } : {}), raw: r.raw, value: pct, quote: 'q', position: { line: 1, col: 1 } })),
  }));
  const corpus: Corpus = {
    claims,
    sources: SOURCES.map((id) => ({ id, file: `sources/${id}.md`, title: id, kind: 'news', cites: [], archived: true, body: 'x', bodyLine: 5 })),
    subjects: SUBJECTS.map((id) => ({ id, name: id.toUpperCase(), kind: id === 'org' ? 'organization' : 'model', aliases: [] })),
    properties: PROPS.map((id) => ({ id, label: id, type: 'percent', description: '', ...(id.startsWith('bench') ? { group: 'benchmark' } : {}) })),
    relations: [],
  };
  const flags: Flag[] = flagPicks.map((picks, i) => ({ id: `f${i}`, kind: 'value-conflict', claims: picks.filter((p) => p < claims.length).map((p) => claims[p].id), sources: [], values: [], explanation: '' }));
  const analysis: Analysis = { claims: new Map(claims.map((c) => [c.id, { claim: c.id, status: 'single-source', origins: [], disagreeing: [], reason: '', independentOrigins: 0, openFlags: [], resolvedFlags: [] }])), flags };
  return { data: buildSiteData(corpus, analysis) };
}

/** The per-page scans the index replaces, as the pages ran them. */
function naiveSubjectMatrix(data: SiteData, subjectId: string) {
  const { benchmarks, cells } = matrixInputs(data);
  const ownBench = new Set((data.claimsBySubject.get(subjectId) ?? []).map((c) => c.property));
  const peers = new Set([subjectId]);
  for (const c of data.corpus.claims) if (ownBench.has(c.property) && data.subjects.get(c.subject)?.kind === 'model') peers.add(c.subject);
  const models = [...peers].map((id) => ({ id, name: data.subjects.get(id)?.name ?? id }));
  const m = comparisonMatrix(models, benchmarks, cells, [subjectId]);
  return m.rows.some((r) => r.id === subjectId) ? m : undefined;
}

describe('pageIndex', () => {
  it('gives every page exactly what its former scan over all claims and flags gave', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 14 }), fc.array(fc.array(fc.nat(13), { maxLength: 3 }), { maxLength: 4 }), (specs, picks) => {
        const { data } = corpusOf(specs, picks);
        const index = pageIndex(data);
        for (const s of SOURCES) {
          const credited = data.corpus.claims.flatMap((c) => c.reports.filter((r) => r.via === s).map((r) => ({ c, r })));
          expect(index.creditedTo.get(s) ?? []).toEqual(credited);
        }
        for (const subject of data.corpus.subjects) {
          const flags = data.analysis.flags.filter((f) => f.claims.some((c) => data.claims.get(c)?.subject === subject.id));
          expect(index.flagsBySubject.get(subject.id) ?? []).toEqual(flags);
          const mentions = data.corpus.claims.filter((c) => c.subject !== subject.id && Object.values(c.qualifiers).includes(subject.id));
          expect(index.mentions.get(subject.id) ?? []).toEqual(mentions);
          expect(subjectMatrix(data, subject)).toEqual(subject.kind === 'model' ? naiveSubjectMatrix(data, subject.id) : undefined);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is built once per site data', () => {
    const { data } = corpusOf([], []);
    expect(pageIndex(data)).toBe(pageIndex(data));
  });
});
