/**
 * When two reports of a claim are the same report: every field equal, whatever the order the
 * fields are written in. `npm run new` refuses to append such a report and `npm run check`
 * refuses a claim file holding one, so both decide it here.
 */

/** A canonical text of YAML data: mapping keys sorted, so field order does not matter; "61" and 61 differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The index of the first of `reports` identical to `report`, or -1. */
export function identicalReportIndex(reports: readonly unknown[], report: unknown): number {
  const key = canonical(report);
  return reports.findIndex((r) => canonical(r) === key);
}

/** For each report, the index of an earlier identical one, or -1: one pass, for a whole list. */
export function earlierIdenticalReports(reports: readonly unknown[]): number[] {
  const first = new Map<string, number>();
  return reports.map((r, i) => {
    const key = canonical(r);
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    return at ?? -1;
  });
}
