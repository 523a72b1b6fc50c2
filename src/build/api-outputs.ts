/**
 * The public API documents under /api/ (docs/api.md): written by the build worker straight
 * into the output folder, and answered from memory by the dev server (src/build/dev-api.ts).
 *
 * Why not Astro endpoints: an endpoint returns its document as one string, which Astro copies
 * into a Response and again into a buffer before writing it, and renders all four at once on
 * the main thread. At 100,000 claims that held about 0.9 GB of buffers beside the pages'
 * heap and set the build's peak memory (BENCHMARKS.md, "Peak memory"). The worker already
 * holds the project; it writes claims.json in pieces of a few hundred claims, and the main
 * thread never sees the documents.
 */
import { join } from 'node:path';
import type { Analysis, Corpus } from '../core/model.ts';
import { buildConflictsJson, buildReportsCsv, buildSourcesJson, claimsJsonText } from '../core/export/index.ts';
import { writeFileAtomic } from '../node/cache-file.ts';

/** Below the site root. */
export const API_BASE = 'api/';

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

interface ApiDocument {
  type: string;
  /** The document's text, in pieces whose concatenation is the file. */
  text(corpus: Corpus, analysis: Analysis): Iterable<string>;
}

export const API_DOCUMENTS = {
  'claims.json': { type: JSON_TYPE, text: (c, a) => claimsJsonText(c, a) },
  'sources.json': { type: JSON_TYPE, text: (c, a) => [JSON.stringify(buildSourcesJson(c, a))] },
  'conflicts.json': { type: JSON_TYPE, text: (c, a) => [JSON.stringify(buildConflictsJson(c, a))] },
  'reports.csv': { type: CSV_TYPE, text: (c, a) => [buildReportsCsv(c, a)] },
} satisfies Record<string, ApiDocument>;

export type ApiFile = keyof typeof API_DOCUMENTS;
export const API_FILES = Object.keys(API_DOCUMENTS) as ApiFile[];

/** The documents' paths below the output folder: the worker replaces them on every build. */
export const API_OUTPUTS: readonly string[] = API_FILES.map((name) => `${API_BASE}${name}`);

export interface WrittenApi {
  files: number;
  bytes: number;
}

/**
 * Writes every document into `dir` (the output folder's api/), each through a temporary file
 * beside it, so a reader never sees half a document and a failed build leaves the previous one.
 */
export function writeApiFiles(corpus: Corpus, analysis: Analysis, dir: string): WrittenApi {
  let bytes = 0;
  for (const name of API_FILES) bytes += writeFileAtomic(join(dir, name), API_DOCUMENTS[name].text(corpus, analysis));
  return { files: API_FILES.length, bytes };
}
