/**
 * Numbers every quoted passage of a source, in reading order, so the claim page can link
 * to `/sources/<id>/#q-<n>` and the source page can put `id="q-<n>"` on the same passage.
 * Reports quoting exactly the same passage share one number.
 */

export interface QuotingReport {
  claim: string;
  /** Index of the report in its claim. */
  report: number;
  source: string;
  quoteRange?: { start: number; end: number };
}

export interface QuotedPassage {
  n: number;
  start: number;
  end: number;
  /** The claims quoting it, in claim id order, each once. */
  claims: string[];
}

export interface QuoteAnchors {
  /** Passages of each source, by start then end. */
  bySource: Map<string, QuotedPassage[]>;
  /** `<claim>#<report index>` -> passage number. */
  byReport: Map<string, number>;
}

export const reportKey = (claim: string, report: number) => `${claim}#${report}`;

export function quoteAnchors(reports: Iterable<QuotingReport>): QuoteAnchors {
  const grouped = new Map<string, Map<string, { start: number; end: number; reports: QuotingReport[] }>>();
  for (const r of reports) {
    const range = r.quoteRange;
    if (!range || !(range.end > range.start) || range.start < 0) continue;
    let forSource = grouped.get(r.source);
    if (!forSource) grouped.set(r.source, (forSource = new Map()));
    const key = `${range.start}:${range.end}`;
    const entry = forSource.get(key);
    if (entry) entry.reports.push(r);
    else forSource.set(key, { start: range.start, end: range.end, reports: [r] });
  }
  const bySource = new Map<string, QuotedPassage[]>();
  const byReport = new Map<string, number>();
  for (const [source, ranges] of grouped) {
    const sorted = [...ranges.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    bySource.set(
      source,
      sorted.map((entry, idx) => {
        const n = idx + 1;
        for (const r of entry.reports) byReport.set(reportKey(r.claim, r.report), n);
        return { n, start: entry.start, end: entry.end, claims: [...new Set(entry.reports.map((r) => r.claim))].sort() };
      }),
    );
  }
  return { bySource, byReport };
}
