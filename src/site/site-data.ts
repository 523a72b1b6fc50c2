/**
 * Indexes over a corpus and its analysis that the pages share: lookups by id, claims per
 * subject and per source, flags per claim and per source, who cites whom, quote anchors.
 * Built once per build from plain data; no framework imports.
 */
import type { Analysis, Claim, ClaimAnalysis, Corpus, Flag, Property, Source, Subject } from '../core/model.ts';
import { proposition } from './labels.ts';
import { rawText } from './format.ts';
import { quoteAnchors, type QuoteAnchors } from './quote-anchors.ts';
import { sourceShortNames } from '../core/source-name.ts';
import { qualifierValueName } from '../core/analyze/describe.ts';
import type { SourceLinks } from './markdown.ts';
import { paths } from './urls.ts';


/** The model's records as pages name them: pages import view models, never the core. */
export type { Claim, Flag, Source, Subject } from '../core/model.ts';
export { SUBJECT_KINDS } from '../core/model.ts';

export interface SourceStats {
  claims: number;
  reports: number;
  /** Reports that disagree with another report on the same claim. */
  disagreeing: number;
  flags: number;
}

export interface SiteData {
  corpus: Corpus;
  analysis: Analysis;
  subjects: Map<string, Subject>;
  properties: Map<string, Property>;
  sources: Map<string, Source>;
  claims: Map<string, Claim>;
  claimsBySubject: Map<string, Claim[]>;
  reportsBySource: Map<string, Array<{ claim: Claim; report: number }>>;
  flagsByClaim: Map<string, Flag[]>;
  flagsBySource: Map<string, Flag[]>;
  citedBy: Map<string, string[]>;
  anchors: QuoteAnchors;
  /** Each source's one short name (src/core/source-name.ts). */
  shortNames: Map<string, string>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildSiteData(corpus: Corpus, analysis: Analysis): SiteData {
  const claims = [...corpus.claims].sort(byId);
  const claimsBySubject = new Map<string, Claim[]>();
  const reportsBySource = new Map<string, Array<{ claim: Claim; report: number }>>();
  for (const c of claims) {
    push(claimsBySubject, c.subject, c);
    c.reports.forEach((r, report) => push(reportsBySource, r.source, { claim: c, report }));
  }
  const flagsByClaim = new Map<string, Flag[]>();
  const flagsBySource = new Map<string, Flag[]>();
  for (const f of analysis.flags) {
    for (const c of new Set(f.claims)) push(flagsByClaim, c, f);
    for (const s of new Set(f.sources)) push(flagsBySource, s, f);
  }
  const citedBy = new Map<string, string[]>();
  for (const s of [...corpus.sources].sort(byId)) for (const c of new Set(s.cites)) push(citedBy, c, s.id);
  const anchors = quoteAnchors(claims.flatMap((c) => c.reports.map((r, report) => ({ claim: c.id, report, source: r.source, quoteRange: r.quoteRange }))));
  return {
    corpus,
    analysis,
    subjects: new Map(corpus.subjects.map((s) => [s.id, s])),
    properties: new Map(corpus.properties.map((p) => [p.id, p])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    claims: new Map(claims.map((c) => [c.id, c])),
    claimsBySubject,
    reportsBySource,
    flagsByClaim,
    flagsBySource,
    citedBy,
    anchors,
    shortNames: sourceShortNames(corpus.sources),
  };
}

export function subjectName(data: SiteData, id: string): string {
  return data.subjects.get(id)?.name ?? id;
}

export function propertyLabel(data: SiteData, id: string): string {
  return data.properties.get(id)?.label ?? id;
}

export function sourceTitle(data: SiteData, id: string): string {
  return data.sources.get(id)?.title ?? id;
}

/** The source's short name: publisher, else a short title; an unknown id as written. */
export function sourceName(data: SiteData, id: string): string {
  return data.shortNames.get(id) ?? id;
}

/**
 * How notes show the ids they name: a source by its short name and a claim by its name, each
 * linking to its page; a family by its name (familyName).
 */
export function sourceLinks(data: SiteData): SourceLinks {
  return {
    names: data.shortNames,
    href: paths.source,
    claim: (id) => {
      const claim = data.claims.get(id);
      return claim ? { name: claimText(data, claim), href: paths.claim(id) } : undefined;
    },
    family: (id) => familyName(data, id),
  };
}

/**
 * A family of sibling sources by name: the publisher its members share ("Daily Neural Digest"),
 * else its id in words. Undefined when no source declares it.
 */
export function familyName(data: SiteData, id: string): string | undefined {
  let names = familyNames.get(data);
  if (!names) {
    const publishers = new Map<string, Set<string>>();
    for (const s of data.sources.values()) {
      if (!s.family) continue;
      const set = publishers.get(s.family) ?? new Set<string>();
      if (s.publisher) set.add(s.publisher);
      publishers.set(s.family, set);
    }
    names = new Map([...publishers].map(([family, set]) => [family, set.size === 1 ? [...set][0] : family.replace(/-/g, ' ')]));
    familyNames.set(data, names);
  }
  return names.get(id);
}
const familyNames = new WeakMap<SiteData, Map<string, string>>();

/**
 * A claim's qualifier values by name, for qualifierText: a subject's name, else as the claim's
 * quotes write the value ("In-Flight Monitoring", "ServiceNow"), never the id.
 */
export function qualifierNames(data: SiteData, claim: Partial<Pick<Claim, 'reports'>>): (value: string) => string {
  return (value) => qualifierValueName({ reports: claim.reports ?? [] }, value, (id) => data.subjects.get(id)?.name);
}

/** The claim in plain words, qualifier values by name (qualifierNames). */
export function claimText(data: SiteData, claim: Pick<Claim, 'subject' | 'property' | 'qualifiers'> & Partial<Pick<Claim, 'reports'>>): string {
  // A claim is named on its page, on each source page quoting it and on each of its flags'
  // cards: remembered per claim (records are never changed once loaded).
  let texts = claimTexts.get(data);
  if (!texts) claimTexts.set(data, (texts = new WeakMap()));
  let text = texts.get(claim);
  if (text === undefined) {
    text = proposition(subjectName(data, claim.subject), propertyLabel(data, claim.property), claim.qualifiers, qualifierNames(data, claim));
    texts.set(claim, text);
  }
  return text;
}
const claimTexts = new WeakMap<SiteData, WeakMap<object, string>>();

export function claimAnalysis(data: SiteData, id: string): ClaimAnalysis | undefined {
  return data.analysis.claims.get(id);
}

export function sourceStats(data: SiteData, sourceId: string): SourceStats {
  const reports = data.reportsBySource.get(sourceId) ?? [];
  let disagreeing = 0;
  for (const { claim, report } of reports) if (data.analysis.claims.get(claim.id)?.disagreeing.includes(report)) disagreeing += 1;
  return {
    claims: new Set(reports.map((r) => r.claim.id)).size,
    reports: reports.length,
    disagreeing,
    flags: data.flagsBySource.get(sourceId)?.length ?? 0,
  };
}

/** Sources that cite `id` directly but are not cited by it: the "cited by" list. */
export function citedByOf(data: SiteData, id: string): Source[] {
  return (data.citedBy.get(id) ?? []).map((s) => data.sources.get(s)).filter((s): s is Source => s !== undefined);
}

/** The benchmark columns and claim cells a model × benchmark matrix is built from. */
export function matrixInputs(data: SiteData) {
  const benchmarks = [...data.properties.values()].filter((p) => p.group === 'benchmark').map((p) => ({ id: p.id, label: p.label }));
  const cells = data.corpus.claims.map((c) => ({
    id: c.id,
    subject: c.subject,
    property: c.property,
    qualifiers: c.qualifiers,
    status: data.analysis.claims.get(c.id)?.status ?? '',
    values: [...new Set(c.reports.map((r) => rawText(r.raw)))],
    reports: c.reports.length,
    ...(c.verdict?.value !== undefined ? { verdict: rawText(c.verdict.value) } : {}),
  }));
  return { benchmarks, cells };
}
