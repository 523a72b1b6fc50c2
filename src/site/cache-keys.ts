/**
 * Keys for the page cache (src/build/page-cache.ts): a page whose key and the site's code are
 * unchanged since the last build is not rendered again; its file from that build stays. A key must therefore cover EVERY piece
 * of data its page reads, including what it reads about other claims and sources (flag
 * cards, passage numbers, titles). Each key hashes the full records involved rather than the
 * fields a template happens to use today, so a template that starts reading another field of
 * the same record is still covered; only reading a NEW record needs a change here.
 */
import { createHash } from 'node:crypto';
import type { Claim, Flag, Source, Subject } from '../core/model.ts';
import type { Matrix } from './matrix.ts';
import { pageIndex } from './page-index.ts';
import { sourceIdsIn } from './markdown.ts';
import { reportKey } from './quote-anchors.ts';
import type { SiteData } from './site-data.ts';

/** Bumped when what a key covers changes in a way the code hash alone would not show. */
const SCHEME = 'v2';

function hash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** A claim's facts appear in many keys (its page, its sources, its subject, flags): hashed once. */
const claimHashes = new WeakMap<SiteData, Map<string, string>>();

function claimFactsHash(data: SiteData, id: string): string {
  let memo = claimHashes.get(data);
  if (!memo) claimHashes.set(data, (memo = new Map()));
  let h = memo.get(id);
  if (h === undefined) memo.set(id, (h = hash(claimFacts(data, id))));
  return h;
}

/** A source's facts appear in the keys of every claim it reports on: hashed once. */
const sourceHashes = new WeakMap<SiteData, Map<string, string>>();

/** A source without its archived text (titles, publishers and URLs are what other pages show), as a hash. */
function sourceFacts(data: SiteData, id: string | undefined): string | null {
  if (id === undefined) return null;
  let memo = sourceHashes.get(data);
  if (!memo) sourceHashes.set(data, (memo = new Map()));
  let h = memo.get(id);
  if (h === undefined) {
    const s = data.sources.get(id);
    // The short name depends on other sources too (a publisher's second source changes it).
    memo.set(id, (h = hash(s ? { ...s, body: s.body.length, short: data.shortNames.get(id) } : id)));
  }
  return h;
}

/** Everything about a claim another page can show: the claim, its names, its analysis, its sources, its passage numbers. */
function claimFacts(data: SiteData, id: string): unknown {
  const c = data.claims.get(id);
  if (!c) return id;
  return [
    c,
    data.analysis.claims.get(id) ?? null,
    data.subjects.get(c.subject) ?? null,
    data.properties.get(c.property) ?? null,
    Object.values(c.qualifiers).map((v) => data.subjects.get(v) ?? null),
    c.reports.map((r, i) => [sourceFacts(data, r.source), sourceFacts(data, r.via), data.anchors.byReport.get(reportKey(id, i)) ?? null]),
    // Notes show the sources they name by short name.
    sourceIdsIn(`${c.notes}\n${c.verdict?.note ?? ''}`, data.shortNames).map((s) => sourceFacts(data, s)),
    // A verdict's evidence is shown with its source's title and a link to the passage, when numbered.
    (c.verdict?.evidence ?? []).map((e) => [sourceFacts(data, e.source), data.anchors.bySource.get(e.source) ?? null]),
  ];
}

function flagFacts(data: SiteData, f: Flag): unknown {
  const claims = new Set([...f.claims, ...f.values.map((v) => v.claim)]);
  return [
    f,
    [...claims].map((id) => claimFactsHash(data, id)),
    f.values.map((v) => [sourceFacts(data, v.source), sourceFacts(data, v.via)]),
  ];
}

export function claimPageKey(data: SiteData, claim: Claim): string {
  return hash([SCHEME, claimFactsHash(data, claim.id), (data.flagsByClaim.get(claim.id) ?? []).map((f) => flagFacts(data, f))]);
}

export function sourcePageKey(data: SiteData, source: Source): string {
  const passages = data.anchors.bySource.get(source.id) ?? [];
  const claims = new Set([
    ...(data.reportsBySource.get(source.id) ?? []).map((r) => r.claim.id),
    ...passages.flatMap((p) => p.claims),
    ...(pageIndex(data).creditedTo.get(source.id) ?? []).map((x) => x.c.id),
  ]);
  return hash([
    SCHEME,
    { ...source, body: createHash('sha256').update(source.body).digest('base64url') },
    passages,
    [...claims].map((id) => claimFactsHash(data, id)),
    source.cites.map((id) => sourceFacts(data, id)),
    sourceIdsIn(source.notes ?? '', data.shortNames).map((id) => sourceFacts(data, id)),
    (data.citedBy.get(source.id) ?? []).map((id) => sourceFacts(data, id)),
    (data.flagsBySource.get(source.id) ?? []).map((f) => flagFacts(data, f)),
  ]);
}

export function subjectPageKey(data: SiteData, subject: Subject, matrix: Matrix | undefined): string {
  const index = pageIndex(data);
  const claims = [...(data.claimsBySubject.get(subject.id) ?? []), ...(index.mentions.get(subject.id) ?? [])];
  return hash([
    SCHEME,
    subject,
    claims.map((c) => claimFactsHash(data, c.id)),
    (index.flagsBySubject.get(subject.id) ?? []).map((f) => flagFacts(data, f)),
    matrix ?? null,
  ]);
}
