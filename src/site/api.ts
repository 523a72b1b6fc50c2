/** The data exports under /api/, from the one loaded project (docs/api.md describes them). */
import { buildConflictsJson, buildReportsCsv, buildSourcesJson, claimsJsonText } from '../core/export/index.ts';
import { siteData } from './data.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

const FILES = {
  // The largest export (127 MB at 100,000 claims) is streamed in pieces rather than built whole.
  'claims.json': (d) => [claimsJsonText(d.corpus, d.analysis), JSON_TYPE],
  'sources.json': (d) => [JSON.stringify(buildSourcesJson(d.corpus, d.analysis)), JSON_TYPE],
  'conflicts.json': (d) => [JSON.stringify(buildConflictsJson(d.corpus, d.analysis)), JSON_TYPE],
  'reports.csv': (d) => [buildReportsCsv(d.corpus, d.analysis), CSV_TYPE],
} satisfies Record<string, (data: Awaited<ReturnType<typeof siteData>>) => [body: string | Iterable<string>, type: string]>;

export type ApiFile = keyof typeof FILES;

/** The response for one export file, for its endpoint's `GET`. */
export async function apiResponse(file: ApiFile): Promise<Response> {
  const [body, type] = FILES[file](await siteData());
  return new Response(typeof body === 'string' ? body : streamOf(body), { headers: { 'Content-Type': type } });
}

/** A byte stream that asks for the next piece only when the reader wants it. */
function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const next = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const piece = next.next();
      if (piece.done) controller.close();
      else controller.enqueue(encoder.encode(piece.value));
    },
  });
}
