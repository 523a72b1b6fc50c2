/**
 * reports.csv: one row per report, for spreadsheets. RFC 4180 (CRLF, quotes doubled),
 * and cells that a spreadsheet would run as a formula are defused with a leading apostrophe
 * (OWASP's advice) — including negative numbers, which then read as text.
 */
import type { Analysis, Corpus } from '../model.ts';
import { normalize, unitOf } from '../values/index.ts';
import { byId } from './shared.ts';

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
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildReportsCsv(corpus: Corpus, analysis: Analysis): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const claim of [...corpus.claims].sort(byId)) {
    const qualifiers = Object.keys(claim.qualifiers)
      .sort()
      .map((k) => `${k}=${claim.qualifiers[k]}`)
      .join(';');
    const status = analysis.claims.get(claim.id)?.status ?? '';
    for (const r of claim.reports) {
      rows.push([
        claim.id,
        claim.subject,
        claim.property,
        qualifiers,
        r.source,
        String(r.raw),
        String(normalize(r.value)),
        unitOf(r.value),
        status,
        r.quote,
        r.via ?? '',
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
