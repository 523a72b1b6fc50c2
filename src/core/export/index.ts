/** Builders of the site's public API documents. Pure: same corpus and analysis, same bytes. */
export { buildClaimsJson, claimsJsonText } from './claims-json.ts';
export type { ClaimJson } from './claims-json.ts';
export type { ConflictsJsonOptions } from './conflicts-json.ts';
export { buildConflictsJson } from './conflicts-json.ts';
export { buildReportsCsv, csvCell, csvNumber, CSV_COLUMNS, CSV_NUMERIC_COLUMNS } from './reports-csv.ts';
export { buildSourcesJson } from './sources-json.ts';
export type { SourceJson } from './sources-json.ts';
export { API_VERSION, intervalJson } from './shared.ts';
export type { ExportOptions, IntervalJson, ReportJson, VerdictJson } from './shared.ts';
