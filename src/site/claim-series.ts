/**
 * A time-varying claim's values in date order (prices, download counts): values at different
 * dates are a series, not a conflict, and the reader sees them as one.
 */
import { claimSeries, overlappingDates } from '../core/analyze/time.ts';
import { makeDate, formatDate } from '../core/values/date.ts';
import { rawText } from './format.ts';
import { sourceName, type Claim, type SiteData } from './site-data.ts';

export interface SeriesRowView {
  asOf: string;
  /** "2026", "April 2026" or "April 24, 2026". */
  label: string;
  /** "the whole year" when a later or earlier row's date falls within this one's: the two can conflict. */
  spans?: string;
  reports: Array<{ source: string; name: string; raw: string }>;
}

function dateLabel(asOf: string): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const date = makeDate(y, m, d);
  return date ? formatDate(date) : asOf;
}

/** The claim's series, oldest first, or undefined when its property is not time-varying or it has one date. */
export function seriesView(data: SiteData, claim: Claim): SeriesRowView[] | undefined {
  const series = claimSeries(claim, data.properties.get(claim.property)?.timeVarying === true);
  return series?.map((point) => {
    // Rows stay in the order claims.json gives; a year or month holding another row's day is marked.
    const holds = series.some((other) => other.asOf !== point.asOf && overlappingDates(point.asOf, other.asOf) && other.asOf.length > point.asOf.length);
    return {
      asOf: point.asOf,
      label: dateLabel(point.asOf),
      ...(holds ? { spans: point.asOf.length === 4 ? 'the whole year' : 'the whole month' } : {}),
      reports: point.reports.map((i) => {
        const r = claim.reports[i];
        return { source: r.source, name: sourceName(data, r.source), raw: rawText(r.raw) };
      }),
    };
  });
}

/**
 * Sentences for dates of a series that overlap ("2026 includes April 24, 2026, so these two can
 * conflict"): the box says values at different dates do not conflict, and a year is not a
 * different date from a day within it.
 */
export function seriesOverlaps(rows: SeriesRowView[]): string[] {
  const out: string[] = [];
  for (const wide of rows) {
    for (const narrow of rows) {
      if (narrow.asOf.length <= wide.asOf.length || !overlappingDates(wide.asOf, narrow.asOf)) continue;
      out.push(`${wide.label} includes ${narrow.label}, so these two can conflict.`);
    }
  }
  return out;
}
