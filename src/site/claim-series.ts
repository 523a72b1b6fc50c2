/**
 * A time-varying claim's values in date order (prices, download counts): values at different
 * dates are a series, not a conflict, and the reader sees them as one.
 */
import { claimSeries } from '../core/analyze/time.ts';
import { makeDate, formatDate } from '../core/values/date.ts';
import { rawText } from './format.ts';
import { sourceName, type Claim, type SiteData } from './site-data.ts';

export interface SeriesRowView {
  asOf: string;
  /** "2026", "April 2026" or "April 24, 2026". */
  label: string;
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
  return series?.map((point) => ({
    asOf: point.asOf,
    label: dateLabel(point.asOf),
    reports: point.reports.map((i) => {
      const r = claim.reports[i];
      return { source: r.source, name: sourceName(data, r.source), raw: rawText(r.raw) };
    }),
  }));
}
