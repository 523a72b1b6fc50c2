/**
 * Builds in-memory corpora for tests: write claims the way a claim file would,
 * get a Corpus whose report values went through the real parser (and, like the validator,
 * took their property's price basis when written bare).
 */
import type {
  Claim,
  Corpus,
  Property,
  RawValue,
  Relation,
  Report,
  Source,
  Subject,
  TypedValue,
  ValueType,
  Verdict,
} from '../../src/core/model.ts';
import { readValue } from '../../src/core/values/in-context.ts';
import { parseValue } from '../../src/core/values/index.ts';

export interface ReportSpec {
  source: string;
  raw: RawValue;
  via?: string;
  quote?: string;
  baseline?: string;
  asOf?: string;
}

export interface ClaimSpec {
  subject: string;
  property: string;
  /** Needed unless the property is declared with a type. */
  type?: ValueType;
  qualifiers?: Record<string, string>;
  reports: ReportSpec[];
  verdict?: Verdict;
}

export interface CorpusSpec {
  sources?: (Partial<Source> & { id: string })[];
  subjects?: (Partial<Subject> & { id: string })[];
  properties?: (Partial<Property> & { id: string; type: ValueType })[];
  relations?: Relation[];
  claims: ClaimSpec[];
}

/** A verdict with the fields a test does not care about filled in: rated compatible, resolving nothing. */
export function verdict(fields: Partial<Verdict> & { note: string }): Verdict {
  return { rating: 'compatible', reviewer: 'test-editor', reviewed: '2026-05-01', evidence: [], resolves: [], ...fields };
}

/** Parses or throws: a fixture with an unreadable value is a broken test, not a finding. */
export function value(type: ValueType, raw: RawValue): TypedValue {
  const parsed = parseValue(type, raw);
  if (!parsed.ok) throw new Error(`fixture value ${JSON.stringify(raw)} is not ${type}: expected ${parsed.expected}`);
  return parsed.value;
}

function valueIn(property: Property, raw: RawValue, quote: string | undefined): TypedValue {
  const parsed = readValue(property, raw, quote);
  if (!parsed.ok) throw new Error(`fixture value ${JSON.stringify(raw)} is not ${property.type} under ${property.id}: expected ${parsed.expected}`);
  return parsed.value;
}

export function claimId(subject: string, property: string, qualifiers: Record<string, string> = {}): string {
  const suffix = Object.keys(qualifiers)
    .sort()
    .map((k) => `--${qualifiers[k]}`)
    .join('');
  return `${subject}/${property}${suffix}`;
}

export function source(id: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    file: `sources/${id}.md`,
    title: `Title of ${id}`,
    kind: 'news',
    cites: [],
    archived: true,
    body: '',
    bodyLine: 1,
    ...extra,
  };
}

export function buildCorpus(spec: CorpusSpec): Corpus {
  const properties = new Map<string, Property>();
  for (const p of spec.properties ?? []) {
    properties.set(p.id, { label: p.id.replace(/-/g, ' '), description: '', ...p });
  }
  const sources = new Map<string, Source>();
  for (const s of spec.sources ?? []) sources.set(s.id, source(s.id, s));
  const subjects = new Map<string, Subject>();
  for (const s of spec.subjects ?? []) subjects.set(s.id, { name: s.id, kind: 'other', aliases: [], ...s });

  const claims: Claim[] = spec.claims.map((c, n) => {
    const type = c.type ?? properties.get(c.property)?.type;
    if (!type) throw new Error(`claim ${c.subject}/${c.property} needs a type`);
    if (!properties.has(c.property)) {
      properties.set(c.property, { id: c.property, label: c.property.replace(/-/g, ' '), type, description: '' });
    }
    if (!subjects.has(c.subject)) subjects.set(c.subject, { id: c.subject, name: c.subject, kind: 'other', aliases: [] });
    const property = properties.get(c.property) as Property;
    const reports: Report[] = c.reports.map((r, i) => {
      if (!sources.has(r.source)) sources.set(r.source, source(r.source));
      if (r.via && !sources.has(r.via)) sources.set(r.via, source(r.via, { archived: false }));
      return {
        source: r.source,
        raw: r.raw,
        // As the validator does: read under the property (a bare price takes its basis, a list
        // price is exact, a bare change takes its direction from the quote or the property).
        value: valueIn({ ...property, type }, r.raw, r.quote),
        quote: r.quote ?? String(r.raw),
        ...(r.via ? { via: r.via } : {}),
        ...(r.baseline ? { baseline: r.baseline } : {}),
        ...(r.asOf ? { asOf: r.asOf } : {}),
        position: { line: i + 1, col: 1 },
      };
    });
    const qualifiers = c.qualifiers ?? {};
    return {
      id: claimId(c.subject, c.property, qualifiers),
      file: `claims/claim-${n}.yaml`,
      subject: c.subject,
      property: c.property,
      qualifiers,
      topics: [],
      reports,
      // As the validator does: a verdict's value is read under the property like a report's.
      ...(c.verdict ? { verdict: c.verdict.value !== undefined && !c.verdict.typed ? { ...c.verdict, typed: valueIn({ ...property, type }, c.verdict.value, undefined) } : c.verdict } : {}),
      notes: '',
    };
  });

  return {
    sources: [...sources.values()],
    claims,
    subjects: [...subjects.values()],
    properties: [...properties.values()],
    relations: spec.relations ?? [],
  };
}
