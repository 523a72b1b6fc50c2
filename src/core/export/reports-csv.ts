/**
 * reports.csv: one row per report, for spreadsheets. RFC 4180 (CRLF, quotes doubled).
 * Text cells that a spreadsheet would run as a formula are defused with a leading apostrophe
 * (OWASP's advice). Numeric columns hold plain numbers, written as numbers (a negative one
 * too): a cell that is only a number cannot be a formula, and a spreadsheet should sum it.
 *
 * The status, severity and verdict columns repeat the claim's on each of its rows; the status
 * is the one src/core/analyze/status.ts gives, as on the site and in claims.json.
 *
 * `low`, `high` and `bound` are the `interval` and `bound` claims.json gives the report, read
 * from the same fields: the true values the wording allows, on the same scale and sign as
 * `normalized_value` ("35% lower" is -35, with low -35.5, high -34.5; "over 35% lower" has bound
 * `under` and high -35). An empty end is unbounded; all three are empty for a value without an
 * interval (a date, a text, a change that gives only its direction). `precision` is the step of
 * the last written digit, or a date's precision.
 */
import type { Analysis, Corpus, TypedValue } from '../model.ts';
import { normalize, unitOf } from '../values/index.ts';
import { byId, claimSeverity, type IntervalJson, valueDetails } from './shared.ts';

export const CSV_COLUMNS = [
  'claim_id',
  'subject',
  'property',
  'qualifiers',
  'source',
  'raw_value',
  'normalized_value',
  'unit',
  'status',
  'quote',
  'via',
  'low',
  'high',
  'bound',
  'precision',
  'severity',
  'verdict_rating',
  'verdict_reviewer',
  'verdict_date',
  'resolved_flags',
  'stance',
  'inferred',
  'as_of',
  'claimant',
  'baseline',
] as const;

/** The columns written as numbers when the value has them. */
export const CSV_NUMERIC_COLUMNS: ReadonlySet<(typeof CSV_COLUMNS)[number]> = new Set(['normalized_value', 'low', 'high', 'precision']);

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell: plain decimal notation, never guarded; empty for a missing or infinite value. */
export function csvNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  // toString gives "1e+21" past 10^21; spreadsheets read that as a number too.
  return String(Object.is(value, -0) ? 0 : value);
}

/** Interval ends and bound as claims.json publishes them, and the precision of a figure or a date. */
function figureColumns(v: TypedValue): { low?: number; high?: number; bound: string; precision: string } {
  const details = valueDetails(v);
  const interval = details.interval as IntervalJson | undefined;
  const step = 'halfStep' in v ? Number((v.halfStep * 2).toPrecision(12)) : 0;
  const precision = v.type === 'date' ? v.precision : step > 0 ? csvNumber(step) : '';
  if (!interval) return { bound: '', precision };
  return { low: interval.lo ?? undefined, high: interval.hi ?? undefined, bound: String(details.bound ?? ''), precision };
}

export function buildReportsCsv(corpus: Corpus, analysis: Analysis): string {
  const rows: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  const severity = claimSeverity(analysis);
  for (const claim of [...corpus.claims].sort(byId)) {
    const qualifiers = Object.keys(claim.qualifiers)
      .sort()
      .map((k) => `${k}=${claim.qualifiers[k]}`)
      .join(';');
    const a = analysis.claims.get(claim.id);
    const v = claim.verdict;
    for (const r of claim.reports) {
      const normalized = normalize(r.value);
      const fig = figureColumns(r.value);
      const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
        claim_id: claim.id,
        subject: claim.subject,
        property: claim.property,
        qualifiers,
        source: r.source,
        raw_value: String(r.raw),
        normalized_value: typeof normalized === 'number' ? csvNumber(normalized) : String(normalized),
        unit: unitOf(r.value),
        status: a?.status ?? '',
        quote: r.quote,
        via: r.via ?? '',
        low: csvNumber(fig.low),
        high: csvNumber(fig.high),
        bound: fig.bound,
        precision: fig.precision,
        severity: severity(claim.id) ?? '',
        verdict_rating: v?.rating ?? '',
        verdict_reviewer: v?.reviewer ?? '',
        verdict_date: v?.reviewed ?? '',
        resolved_flags: (a?.resolvedFlags ?? []).join(';'),
        stance: r.stance ?? '',
        inferred: r.inferred ? 'true' : '',
        as_of: r.asOf ?? '',
        claimant: r.claimant ?? '',
        baseline: r.baseline ?? '',
      };
      const numeric = (col: (typeof CSV_COLUMNS)[number]) => CSV_NUMERIC_COLUMNS.has(col) && /^-?\d+(?:\.\d+)?(?:e[+-]\d+)?$/.test(cells[col]);
      rows.push(CSV_COLUMNS.map((col) => (numeric(col) ? cells[col] : csvCell(cells[col]))).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
