/**
 * reports.csv: one row per report, for spreadsheets. RFC 4180 (CRLF, quotes doubled).
 * Text cells that a spreadsheet would run as a formula are defused with a leading apostrophe
 * (OWASP's advice). Numeric columns hold plain numbers, written as numbers (a negative one
 * too): a cell that is only a number cannot be a formula, and a spreadsheet should sum it.
 *
 * The status, severity and verdict columns repeat the claim's on each of its rows; the status
 * is the one src/core/analyze/status.ts gives, as on the site and in claims.json.
 */
import type { Analysis, Corpus, TypedValue } from '../model.ts';
import { normalize, unitOf } from '../values/index.ts';
import { byId, claimSeverity } from './shared.ts';

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

/** Interval ends, bound and precision (the step of the last written digit) of a figure; a date's precision. */
function figureColumns(v: TypedValue): { low?: number; high?: number; bound: string; precision: string } {
  if ('interval' in v && 'halfStep' in v) {
    const step = Number((v.halfStep * 2).toPrecision(12));
    return { low: v.interval.lo, high: v.interval.hi, bound: v.bound, precision: step > 0 ? csvNumber(step) : '' };
  }
  if (v.type === 'date') return { bound: '', precision: v.precision };
  return { bound: '', precision: '' };
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
      };
      const numeric = (col: (typeof CSV_COLUMNS)[number]) => CSV_NUMERIC_COLUMNS.has(col) && /^-?\d+(?:\.\d+)?(?:e[+-]\d+)?$/.test(cells[col]);
      rows.push(CSV_COLUMNS.map((col) => (numeric(col) ? cells[col] : csvCell(cells[col]))).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
