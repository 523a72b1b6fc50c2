/**
 * Builds the tiered search index and writes its files under one folder, replacing whatever
 * an earlier build left there. Used by the site's build (in a worker thread) and the benchmark.
 *
 * A file whose bytes are already there is not written again: after an edit to one claim, a
 * handful of the index's thousands of files change, and rewriting all of them (tens of MB at
 * 10k claims) made the index, not the pages, the longest part of a rebuild.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planSearch, searchFiles, searchOutputs, type SearchInput } from '../core/search/index.ts';

export interface WrittenSearch {
  files: number;
  bytes: number;
  /** Files left as they were, their bytes unchanged since an earlier build. */
  unchanged: number;
  /** Planning and building the shards, serialising included; writing excluded. */
  buildMs: number;
  ms: number;
}

function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Removes whatever the index's own outputs hold that this build did not write (the folder also holds the search page). */
function removeStale(dir: string, written: ReadonlySet<string>): void {
  const sweep = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      if (!written.has(path)) rmSync(path, { force: true });
      return;
    }
    for (const e of entries) {
      const child = join(path, e.name);
      if (e.isDirectory()) sweep(child);
      else if (!written.has(child)) unlinkSync(child);
    }
  };
  for (const name of searchOutputs) sweep(join(dir, name));
}

export function writeSearchIndex(input: SearchInput, dir: string): WrittenSearch {
  const started = performance.now();
  let t0 = performance.now();
  const index = planSearch(input);
  let buildMs = performance.now() - t0;
  const made = new Set<string>();
  const written = new Set<string>();
  let files = 0;
  let bytes = 0;
  let unchanged = 0;
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
    const body = Buffer.from(next.value.body);
    if (sameBytes(path, body)) unchanged += 1;
    else writeFileSync(path, body);
    written.add(path);
    files += 1;
    bytes += body.length;
  }
  removeStale(dir, written);
  return { files, bytes, unchanged, buildMs, ms: performance.now() - started };
}
