/** Builds the read-only index rules work from. */
import type { Comparison } from '../compare/types.ts';
import type { Claim, Corpus, Report, TypedValue } from '../model.ts';
import type { CorpusIndex, ReportRef, RuleContext } from '../rules/types.ts';

export function reportKey(r: Report): string {
  return `${r.source}\u0000${typeof r.raw}:${String(r.raw)}\u0000${r.via ?? ''}\u0000${r.quote}`;
}

export function compareRefs(a: ReportRef, b: ReportRef): number {
  if (a.claim.id !== b.claim.id) return a.claim.id < b.claim.id ? -1 : 1;
  const ka = reportKey(a.report);
  const kb = reportKey(b.report);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((item) => [item.id, item]));
}

export function buildIndex(corpus: Corpus): CorpusIndex {
  const claimById = byId(corpus.claims);
  const claims = [...claimById.values()];
  const refsByClaim = new Map<Claim, ReportRef[]>();
  const claimsBySubject = new Map<string, Claim[]>();
  const reportsBySource = new Map<string, ReportRef[]>();
  for (const claim of claims) {
    const refs = claim.reports.map((report, index) => ({ claim, report, index })).sort(compareRefs);
    refsByClaim.set(claim, refs);
    const list = claimsBySubject.get(claim.subject) ?? [];
    list.push(claim);
    claimsBySubject.set(claim.subject, list);
    for (const ref of refs) {
      const own = reportsBySource.get(ref.report.source) ?? [];
      own.push(ref);
      reportsBySource.set(ref.report.source, own);
    }
  }
  return {
    claims,
    claimById,
    sourceById: byId(corpus.sources),
    subjectById: byId(corpus.subjects),
    propertyById: byId(corpus.properties),
    claimsBySubject,
    reportsOf: (claim) => refsByClaim.get(claim) ?? claim.reports.map((report, index) => ({ claim, report, index })).sort(compareRefs),
    reportsBySource,
  };
}

/**
 * Memoises a pure comparison by value identity; analysis compares the same pairs repeatedly.
 * compareValues is symmetric, so (b, a) reuses (a, b): claim status walks reports in file
 * order and the rules in canonical order, and without this half the pairs were compared twice.
 */
export function memoize(compare: (a: TypedValue, b: TypedValue) => Comparison) {
  const cache = new WeakMap<TypedValue, WeakMap<TypedValue, Comparison>>();
  return (a: TypedValue, b: TypedValue): Comparison => {
    const known = cache.get(a)?.get(b) ?? cache.get(b)?.get(a);
    if (known) return known;
    let inner = cache.get(a);
    if (!inner) {
      inner = new WeakMap();
      cache.set(a, inner);
    }
    const result = compare(a, b);
    inner.set(b, result);
    return result;
  };
}

export function buildContext(corpus: Corpus, compare: (a: TypedValue, b: TypedValue) => Comparison): RuleContext {
  return { corpus, index: buildIndex(corpus), compare: memoize(compare) };
}
