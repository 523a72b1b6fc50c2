/** claims.json: every claim with its status, flags and reports. */
import type { Analysis, Corpus } from '../model.ts';
import type { ExportOptions, ReportJson } from './shared.ts';
import { byId, flagIndex, header, reportJson } from './shared.ts';

export interface ClaimJson {
  id: string;
  subject: string;
  subjectName: string;
  property: string;
  propertyLabel: string;
  type?: string;
  qualifiers: Record<string, string>;
  topics: string[];
  status?: string;
  origins: string[];
  disagreeing: number[];
  flags: string[];
  verdict?: { value?: string | number | boolean; note: string };
  notes?: string;
  reports: ReportJson[];
}

export function buildClaimsJson(corpus: Corpus, analysis: Analysis, options: ExportOptions = {}) {
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  const flags = flagIndex(analysis.flags);
  const claims: ClaimJson[] = [...corpus.claims].sort(byId).map((c) => {
    const a = analysis.claims.get(c.id);
    const property = properties.get(c.property);
    return {
      id: c.id,
      subject: c.subject,
      subjectName: subjects.get(c.subject)?.name ?? c.subject,
      property: c.property,
      propertyLabel: property?.label ?? c.property,
      ...(property ? { type: property.type } : {}),
      qualifiers: Object.fromEntries(Object.keys(c.qualifiers).sort().map((k) => [k, c.qualifiers[k]])),
      topics: [...c.topics],
      ...(a ? { status: a.status } : {}),
      origins: a?.origins ?? [],
      disagreeing: a?.disagreeing ?? [],
      flags: flags.byClaim.get(c.id) ?? [],
      ...(c.verdict ? { verdict: { ...c.verdict } } : {}),
      ...(c.notes ? { notes: c.notes } : {}),
      // File order is kept: `disagreeing` holds indexes into this list.
      reports: c.reports.map(reportJson),
    };
  });
  return { ...header(options), claims };
}
