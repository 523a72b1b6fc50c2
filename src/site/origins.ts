/**
 * How many independent origins back a set of reports. Today an origin is the upstream a report
 * credits (`via`) or else its source, so two articles repeating one upstream count once.
 * This is the one place the site counts origins: when sources are grouped into families
 * (issue #17), only this function changes.
 */

export interface OriginReport {
  source: string;
  via?: string;
}

/** The distinct origins of the reports, sorted. */
export function independentOrigins(reports: readonly OriginReport[]): string[] {
  return [...new Set(reports.map((r) => r.via ?? r.source))].sort();
}
