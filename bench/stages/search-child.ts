/**
 * Search measurements in their own process: `node bench/stages/search-child.ts build <root> <out>`
 * builds the tiered index with the site's builder and writes its files as the site serves
 * them; `... query <out> <queries.json>` measures what a browser would fetch and how fast
 * queries answer, through the site's own client (TieredSearch) and shared options.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { emptyQuery, searchPaths, TieredSearch } from '../../src/core/search/index.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { writeSearchIndex } from '../../src/build/write-search.ts';
import type { BenchQuery } from '../generate/queries.ts';
import { coldSample, warmRuns } from './sample.ts';
import { summariseQueries } from '../stats.ts';
import { searchInputOf } from './search-input.ts';

const [task, a, b] = process.argv.slice(2);
const now = () => performance.now();
const out: Record<string, number> = {};

if (task === 'build') {
  buildAndWrite(a, b);
} else if (task === 'query') {
  await measureQueries(a, JSON.parse(readFileSync(b, 'utf8')) as BenchQuery[]);
} else {
  throw new Error(`unknown task ${task}`);
}
process.stdout.write(`${JSON.stringify(out)}\n`);

/**
 * Builds and writes the files exactly as the site's build does (writeSearchIndex, which the
 * site runs in a worker thread). buildMs counts planning, building and serialising the
 * shards, not writing them. The loaded project goes out of scope once the input is made, so
 * only what the site also keeps is live.
 */
function buildAndWrite(root: string, dir: string): void {
  const input = searchInputOf(loadProject(root));
  rmSync(dir, { recursive: true, force: true });
  const written = writeSearchIndex(input, dir);
  const meta = JSON.parse(readFileSync(join(dir, searchPaths.meta), 'utf8')) as { shards: number; chunks: number[] };
  out.buildMs = written.buildMs;
  out.shards = meta.shards;
  out.chunks = meta.chunks.length;
  out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
}

async function measureQueries(dir: string, queries: BenchQuery[]): Promise<void> {
  const gzCache = new Map<string, number>();
  const gz = (path: string) => {
    let n = gzCache.get(path);
    if (n === undefined) gzCache.set(path, (n = gzipSync(readFileSync(join(dir, path))).length));
    return n;
  };
  const clientJs = await clientBundleGzip();
  const q = (text: string) => ({ ...emptyQuery(), q: text });

  // Cold: a fresh client per query, as on a first visit; count every file it fetches.
  const coldBytes: number[] = [];
  const coldMs: number[] = [];
  for (const query of coldSample(queries)) {
    let bytes = clientJs;
    const client = new TieredSearch(async (path) => {
      bytes += gz(path);
      return JSON.parse(readFileSync(join(dir, path), 'utf8'));
    });
    const t0 = now();
    await client.search(q(query.q));
    coldMs.push(now() - t0);
    coldBytes.push(bytes);
  }

  // Warm: one client for every query (see warmRuns).
  const client = new TieredSearch(async (path) => JSON.parse(readFileSync(join(dir, path), 'utf8')));
  const { hits, hitsByKind, warm } = await warmRuns(
    queries,
    (text) => client.search(q(text)),
    (page, claim) => page.hits.slice(0, 10).some((h) => h.doc.k === 'c' && h.doc.id === claim),
  );
  Object.assign(out, {
    clientJsGzip: clientJs,
    ...summariseQueries({ coldBytes, coldMs, warm, hits, hitsByKind, queries: queries.length }),
    queries: queries.length,
  });
}

/** The search client as a browser gets it: TieredSearch + MiniSearch + options, bundled, minified, gzipped. */
async function clientBundleGzip(): Promise<number> {
  const esbuild = await import('esbuild');
  const entry = new URL('../../src/core/search/client.ts', import.meta.url).pathname;
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent' });
  return gzipSync(result.outputFiles[0].contents).length;
}
