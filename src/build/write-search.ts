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
import { planSearch, searchFile, searchFilePaths, searchOutputs, shardOfPath, type SearchInput } from '../core/search/index.ts';
import { contentSha, fileSha, readJsonRecord, writeJsonRecord } from '../node/cache-file.ts';

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

/*
 * Term shards are most of the index's build time. With a shard record, a shard whose key
 * (`SearchIndex.shardKey`: a hash of what it is built from) and whose file on disk are what
 * the last build recorded is not built again: the file is checked against the recorded
 * hash of its bytes, so a file changed or damaged since is rebuilt.
 */
interface ShardRecord {
  key: string;
  sha: string;
  bytes: number;
}
const RECORD_VERSION = 1;

export interface WriteOptions {
  /** Where to keep the term shards' keys between builds (the site uses Astro's cacheDir). */
  shardRecord?: string;
}

export function writeSearchIndex(input: SearchInput, dir: string, options: WriteOptions = {}): WrittenSearch {
  const started = performance.now();
  let t0 = performance.now();
  const index = planSearch(input);
  let buildMs = performance.now() - t0;
  const previous = readJsonRecord<ShardRecord>(options.shardRecord, RECORD_VERSION, 'shards');
  const record = new Map<string, ShardRecord>();
  const made = new Set<string>();
  const written = new Set<string>();
  let files = 0;
  let bytes = 0;
  let unchanged = 0;
  for (const rel of searchFilePaths(index)) {
    const path = join(dir, rel);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    written.add(path);
    files += 1;
    t0 = performance.now();
    const shard = options.shardRecord ? shardOfPath(rel) : undefined;
    const key = shard === undefined ? undefined : index.shardKey(shard);
    const old = previous.get(rel);
    if (key !== undefined && old?.key === key && fileSha(path) === old.sha) {
      buildMs += performance.now() - t0;
      record.set(rel, old);
      unchanged += 1;
      bytes += old.bytes;
      continue;
    }
    const body = Buffer.from(searchFile(index, rel) as string);
    buildMs += performance.now() - t0;
    if (key !== undefined) record.set(rel, { key, sha: contentSha(body), bytes: body.length });
    if (sameBytes(path, body)) unchanged += 1;
    else writeFileSync(path, body);
    bytes += body.length;
  }
  removeStale(dir, written);
  if (options.shardRecord) writeJsonRecord(options.shardRecord, RECORD_VERSION, 'shards', record);
  return { files, bytes, unchanged, buildMs, ms: performance.now() - started };
}
