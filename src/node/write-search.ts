/**
 * Builds the tiered search index and writes its files under one folder, replacing whatever
 * an earlier build left there. Used by the site's build (in a worker thread) and the benchmark.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planSearch, searchFiles, searchOutputs, type SearchInput } from '../core/search/index.ts';

export interface WrittenSearch {
  files: number;
  bytes: number;
  /** Planning and building the shards, serialising included; writing excluded. */
  buildMs: number;
  ms: number;
}

/** Removes only the index's own files: the folder also holds the search page. */
export function clearSearchOutput(dir: string): void {
  for (const name of searchOutputs) rmSync(join(dir, name), { recursive: true, force: true });
}

export function writeSearchIndex(input: SearchInput, dir: string): WrittenSearch {
  const started = performance.now();
  clearSearchOutput(dir);
  let t0 = performance.now();
  const index = planSearch(input);
  let buildMs = performance.now() - t0;
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  const it = searchFiles(index);
  for (;;) {
    t0 = performance.now();
    const next = it.next();
    buildMs += performance.now() - t0;
    if (next.done) break;
    const path = join(dir, next.value.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, next.value.body);
    files += 1;
    bytes += Buffer.byteLength(next.value.body);
  }
  return { files, bytes, buildMs, ms: performance.now() - started };
}
