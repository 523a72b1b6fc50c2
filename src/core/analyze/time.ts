/**
 * Time: a value of a time-varying property (a price, a download count) holds as of a date,
 * so two values at different dates form a series rather than a contradiction.
 */
import type { Claim, Report } from '../model.ts';
import type { RuleContext } from '../rules/types.ts';

/** Whether two partial dates (YYYY, YYYY-MM, YYYY-MM-DD) can name the same moment: one contains the other. */
export function overlappingDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Whether two reports on a claim speak of the same moment. Always true unless the property is
 * declared time-varying and both reports carry dates that cannot be the same: a report without a
 * date could be from any time, so it is compared as before.
 */
export function sameMoment(ctx: RuleContext, property: string, a: Pick<Report, 'asOf'>, b: Pick<Report, 'asOf'>): boolean {
  return mayBeSameMoment(ctx.index.propertyById.get(property)?.timeVarying === true, a, b);
}

/** `sameMoment` for a caller that already knows whether the property is time-varying (the camps). */
export function mayBeSameMoment(timeVarying: boolean, a: Pick<Report, 'asOf'>, b: Pick<Report, 'asOf'>): boolean {
  if (!timeVarying || a.asOf === undefined || b.asOf === undefined) return true;
  return overlappingDates(a.asOf, b.asOf);
}

/** One date of a series: the reports (by index in the claim) that give their value as of it. */
export interface SeriesPoint {
  asOf: string;
  reports: number[];
}

/**
 * The reports of a time-varying claim by date, oldest first, when they carry two or more dates;
 * undated reports are left out. The site and claims.json show the same series.
 */
export function claimSeries(claim: Claim, timeVarying: boolean): SeriesPoint[] | undefined {
  if (!timeVarying) return undefined;
  const byDate = new Map<string, number[]>();
  claim.reports.forEach((r, i) => {
    if (r.asOf !== undefined) byDate.set(r.asOf, [...(byDate.get(r.asOf) ?? []), i]);
  });
  if (byDate.size < 2) return undefined;
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([asOf, reports]) => ({ asOf, reports }));
}
