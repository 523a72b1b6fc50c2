/**
 * A verdict is reviewed against the reports it has seen: a report dated after the review (its
 * source's publication date, else when it was retrieved) is one the reviewer could not weigh.
 */
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import type { Position, Report, Source } from './model.ts';

/** The date a report was added to the record: its source's publication date, else when it was retrieved. */
function reportDate(report: Report, sourcesById: Map<string, Source>): string | undefined {
  const s = sourcesById.get(report.source);
  return s?.published ?? s?.retrieved;
}

/**
 * A verdict reviewed before a report it has not seen: the report's source is dated after the
 * review (dates compared at the precision both give, so "2026-05" is not after "2026-05-10").
 */
export function staleVerdict(file: string, at: Position | undefined, reviewed: string, reports: Report[], sourcesById: Map<string, Source>): Diagnostic[] {
  const later = reports.filter((r) => {
    const d = reportDate(r, sourcesById);
    if (d === undefined) return false;
    const n = Math.min(d.length, reviewed.length);
    return d.slice(0, n) > reviewed.slice(0, n);
  });
  if (later.length === 0) return [];
  const first = later[0];
  return [
    diagnostic(
      file,
      at,
      'verdict-older-than-report',
      `The verdict was reviewed on ${reviewed}, but the report from ${quoteUserText(first.source)} (dated ${reportDate(first, sourcesById)}) came later${later.length > 1 ? `, as did ${later.length - 1} more` : ''}.`,
    ),
  ];
}

