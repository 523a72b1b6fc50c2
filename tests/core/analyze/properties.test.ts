import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Analysis, Claim, Corpus, Relation, ValueType } from '../../../src/core/model.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus, value } from '../../helpers/corpus-builder.ts';

/** Each property has a type and a pool of realistic values, including some that collide across properties. */
const POOL: [string, ValueType, string[]][] = [
  ['p-count', 'number', ['10,000', 'over 10,000', '9,000', '6,613,169', '57', '20']],
  ['p-other-count', 'number', ['10,000', '57', '20', '200 million']],
  ['p-score', 'percent', ['69%', '69.4%', '70%', 'about 70%', '20%']],
  ['p-date', 'date', ['April 23, 2026', 'April 24, 2026', 'April 2026', '2026']],
  ['p-change', 'change', ['35x lower', 'reduced by 35%', '35% lower', '20% increase', 'doubled', '100% higher', 'lower', 'rises']],
  ['p-input', 'money', ['$5.30', '$5.3', '$2.50']],
  ['p-output', 'money', ['$30', '$15']],
  ['p-blended', 'money', ['$1,200 per million tokens', '$12 per million tokens', '$200 million']],
  ['p-flag', 'boolean', ['yes', 'no']],
];
const RELATIONS: Relation[] = [
  { kind: 'between', property: 'p-blended', low: 'p-input', high: 'p-output', description: 'Blended lies between.' },
  { kind: 'less-than', property: 'p-input', than: 'p-output', description: 'Input is cheaper.' },
];
const SOURCES = ['a', 'b', 'c', 'd'];
const VIAS = [undefined, undefined, 'u1', 'u2', 'a'];

const reportArb = (raws: string[]) =>
  fc.record({ source: fc.constantFrom(...SOURCES), raw: fc.constantFrom(...raws), via: fc.constantFrom(...VIAS) });

const claimsArb = fc
  .tuple(
    fc.subarray(POOL, { minLength: 1 }),
    fc.constantFrom('s1', 's2'),
  )
  .chain(([props, secondSubject]) =>
    fc.tuple(
      ...props.map(([property, type, raws]) =>
        fc.tuple(fc.constantFrom('s1', secondSubject), fc.array(reportArb(raws), { minLength: 1, maxLength: 5 })).map(
          ([subject, reports]): ClaimSpec => ({ subject, property, type, reports: reports.map(({ via, ...r }) => (via ? { ...r, via } : r)) }),
        ),
      ),
    ),
  );

const corpusArb = claimsArb.map((claims) => buildCorpus({ claims, relations: RELATIONS }));

function permute<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((x, y) => x.key - y.key || y.i - x.i)
    .map((x) => x.item);
}

function shuffled(corpus: Corpus, keys: number[]): Corpus {
  return {
    ...corpus,
    sources: permute(corpus.sources, keys),
    claims: permute(
      corpus.claims.map((c): Claim => ({ ...c, reports: permute(c.reports, [...keys].reverse()) })),
      keys,
    ),
  };
}

/** Statuses with `disagreeing` turned into the reports themselves, which survive reordering. */
function statuses(corpus: Corpus, analysis: Analysis) {
  return [...analysis.claims.values()].map((a) => {
    const claim = corpus.claims.find((c) => c.id === a.claim) as Claim;
    const disagreeing = a.disagreeing.map((i) => `${claim.reports[i].source}|${claim.reports[i].raw}|${claim.reports[i].via ?? ''}`).sort();
    return { ...a, disagreeing };
  });
}

describe('analysis properties', () => {
  it('gives the same statuses and flags whatever the order of claims, reports and sources', () => {
    fc.assert(
      fc.property(corpusArb, fc.array(fc.integer(), { minLength: 1, maxLength: 12 }), (corpus, keys) => {
        const other = shuffled(corpus, keys);
        const a = analyze(corpus);
        const b = analyze(other);
        expect(statuses(other, b)).toEqual(statuses(corpus, a));
        expect(b.flags).toEqual(a.flags);
      }),
      { numRuns: 300 },
    );
  });

  it('produces flag ids that are unique and stable across runs', () => {
    fc.assert(
      fc.property(corpusArb, (corpus) => {
        const first = analyze(corpus).flags.map((f) => f.id);
        expect(new Set(first).size).toBe(first.length);
        expect(analyze(corpus).flags.map((f) => f.id)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('never turns a corroborated claim contested when an agreeing independent report is added', () => {
    fc.assert(
      fc.property(corpusArb, fc.nat(), (corpus, pick) => {
        const analysis = analyze(corpus);
        const target = corpus.claims.find((c) => analysis.claims.get(c.id)?.status === 'corroborated');
        fc.pre(target !== undefined);
        const claim = target as Claim;
        const [, type, raws] = POOL.find(([p]) => p === claim.property) as [string, ValueType, string[]];
        const raw = raws[pick % raws.length];
        const candidate = value(type, raw);
        fc.pre(claim.reports.every((r) => compareValues(candidate, r.value).agree));
        const added: Corpus = {
          ...corpus,
          claims: corpus.claims.map((c) =>
            c === claim ? { ...c, reports: [...c.reports, { source: 'z', raw, value: candidate, quote: raw, position: { line: 99, col: 1 } }] } : c,
          ),
        };
        const after = analyze(added).claims.get(claim.id)!;
        expect(after.status).not.toBe('contested');
        // The new report can only add flags that question a reading (the same figure elsewhere), never take corroboration away.
        if (after.openFlags.length === 0) expect(after.status).toBe('corroborated');
      }),
      { numRuns: 150 },
    );
  });

  it('marks a claim contested exactly when reports of two sources disagree, inconsistent when only one source disagrees with itself', () => {
    fc.assert(
      fc.property(corpusArb, (corpus) => {
        const analysis = analyze(corpus);
        for (const claim of corpus.claims) {
          const pairs = (same: boolean) =>
            claim.reports.some((r, i) => claim.reports.some((s, j) => j > i && (r.source === s.source) === same && !compareValues(r.value, s.value).agree));
          const status = analysis.claims.get(claim.id)?.status;
          expect(status === 'contested').toBe(pairs(false));
          if (!pairs(false) && pairs(true)) expect(status).toBe('inconsistent');
          // Whatever it is, it comes with a one-line reason.
          expect(analysis.claims.get(claim.id)?.reason).toMatch(/^[A-Z0-9].*\.$/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
