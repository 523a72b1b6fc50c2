/** claims.json: every claim with its status, flags and reports. */
import { claimSeries } from '../analyze/time.ts';
import type { Analysis, Claim, Corpus } from '../model.ts';
import { claimSeverity } from './shared.ts';
import type { ExportOptions, ReportJson, VerdictJson } from './shared.ts';
import { byId, flagIndex, header, reportJson, verdictJson } from './shared.ts';

export interface ClaimJson {
  id: string;
  subject: string;
  subjectName: string;
  property: string;
  propertyLabel: string;
  type?: string;
  qualifiers: Record<string, string>;
  topics: string[];
  /** From src/core/analyze/status.ts, as on the site and in reports.csv. */
  status?: string;
  statusReason?: string;
  origins: string[];
  independentOrigins: number;
  disagreeing: number[];
  flags: string[];
  openFlags: string[];
  resolvedFlags: string[];
  /** The highest severity among the claim's open flags. */
  severity?: string;
  verdict?: VerdictJson;
  asOf?: string;
  /** For a time-varying property with reports at several dates: the dates in order, each with its reports' indexes. */
  series?: Array<{ asOf: string; reports: number[] }>;
  notes?: string;
  reports: ReportJson[];
}

/** Reports of a time-varying claim by date, oldest first; undated reports are left out of the series. */
function seriesOf(claim: Claim, timeVarying: boolean): { series?: ClaimJson['series'] } {
  const series = claimSeries(claim, timeVarying);
  return series ? { series } : {};
}

export function buildClaimsJson(corpus: Corpus, analysis: Analysis, options: ExportOptions = {}) {
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  const flags = flagIndex(analysis.flags);
  const severity = claimSeverity(analysis);
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
      ...(a ? { status: a.status, statusReason: a.reason } : {}),
      origins: a?.origins ?? [],
      independentOrigins: a?.independentOrigins ?? 0,
      disagreeing: a?.disagreeing ?? [],
      flags: flags.byClaim.get(c.id) ?? [],
      openFlags: a?.openFlags ?? [],
      resolvedFlags: a?.resolvedFlags ?? [],
      ...(severity(c.id) ? { severity: severity(c.id) } : {}),
      ...(c.verdict ? { verdict: verdictJson(c.verdict) } : {}),
      ...(c.asOf ? { asOf: c.asOf } : {}),
      ...seriesOf(c, property?.timeVarying === true),
      ...(c.notes ? { notes: c.notes } : {}),
      // File order is kept: `disagreeing` holds indexes into this list.
      reports: c.reports.map(reportJson),
    };
  });
  return { ...header(options), claims };
}
