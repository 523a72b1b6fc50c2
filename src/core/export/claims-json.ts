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
  return { ...header(options), claims: [...claimJsonItems(corpus, analysis)] };
}

/**
 * claims.json as text, in pieces of about `batch` claims: the same bytes as
 * `JSON.stringify(buildClaimsJson(…))`, without holding the whole document as objects and as one
 * string at once (at 100,000 claims that is a 127 MB file, and the build's peak memory).
 */
export function* claimsJsonText(corpus: Corpus, analysis: Analysis, options: ExportOptions = {}, batch = 500): Generator<string> {
  const head = JSON.stringify(header(options));
  let piece = `${head.slice(0, -1)},"claims":[`;
  let n = 0;
  for (const claim of claimJsonItems(corpus, analysis)) {
    piece += (n > 0 ? ',' : '') + JSON.stringify(claim);
    if (++n % batch === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]}`;
}

/** Each claim's entry, in id order, one at a time. */
function* claimJsonItems(corpus: Corpus, analysis: Analysis): Generator<ClaimJson> {
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  const flags = flagIndex(analysis.flags);
  const severity = claimSeverity(analysis);
  for (const c of [...corpus.claims].sort(byId)) {
    const a = analysis.claims.get(c.id);
    const property = properties.get(c.property);
    yield {
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
  }
}
