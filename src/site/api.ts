/** The data exports under /api/, from the one loaded project (docs/api.md describes them). */
import { buildClaimsJson, buildConflictsJson, buildReportsCsv, buildSourcesJson } from '../core/export/index.ts';
import { siteData } from './data.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

const FILES = {
  'claims.json': (d) => [JSON.stringify(buildClaimsJson(d.corpus, d.analysis)), JSON_TYPE],
  'sources.json': (d) => [JSON.stringify(buildSourcesJson(d.corpus, d.analysis)), JSON_TYPE],
  'conflicts.json': (d) => [JSON.stringify(buildConflictsJson(d.corpus, d.analysis)), JSON_TYPE],
  'reports.csv': (d) => [buildReportsCsv(d.corpus, d.analysis), CSV_TYPE],
} satisfies Record<string, (data: Awaited<ReturnType<typeof siteData>>) => [body: string, type: string]>;

export type ApiFile = keyof typeof FILES;

/** The response for one export file, for its endpoint's `GET`. */
export async function apiResponse(file: ApiFile): Promise<Response> {
  const [body, type] = FILES[file](await siteData());
  return new Response(body, { headers: { 'Content-Type': type } });
}
