/**
 * Build-time side of the tiered search. Output, all static JSON under /search/:
 *   meta.json       tiny: shard keys and chunk boundaries — the only file every search needs;
 *   t/<n>.json      term shards: MiniSearch indexes over all fields, one per group of term keys;
 *   d/<n>.json      display chunks: what a result shows, fetched only for results on screen;
 *   facets.json     filter codes per document, fetched only when a filter is set.
 */
import type { AsPlainObject } from 'minisearch';
import { prepareDocs, type DisplayDoc, type Facets, type SearchInput } from './documents.ts';
import type { IndexedDoc } from './options.ts';
import { runsByFile, termRuns, type FileRuns } from './postings.ts';
import { shardIndex } from './shard-index.ts';
import { keyFor, planShards } from './shards.ts';
import { SEARCH_FORMAT_VERSION, type SearchMeta } from './format.ts';

/** The index with its term shards built on demand, one at a time; nothing of a shard is kept. */
export interface SearchIndex {
  meta: SearchMeta;
  chunks: DisplayDoc[][];
  facets: Facets;
  texts: Map<number, string>;
  /** Builds term shard n (0 ≤ n < meta.shards), a new object each call, equal for the same n. */
  shard(n: number): AsPlainObject;
  /**
   * Identifies everything shard n is built from (its documents' terms and the format), far
   * cheaper than building it: equal keys, equal shards. For a writer that keeps shards between
   * builds.
   */
  shardKey(n: number): string;
}

/** Everything materialised at once: for tests and small corpora. */
export interface BuiltSearch extends Omit<SearchIndex, 'shard' | 'shardKey'> {
  shards: AsPlainObject[];
}

export interface BuildOptions {
  /** Estimated serialised bytes per term shard before a first letter is split further. */
  shardBudget?: number;
  /** Serialised bytes per display chunk. */
  chunkBudget?: number;
}

function displayChunks(display: DisplayDoc[], budget: number): { chunks: DisplayDoc[][]; starts: number[] } {
  const chunks: DisplayDoc[][] = [];
  const starts: number[] = [];
  let size = 0;
  display.forEach((doc, n) => {
    const bytes = JSON.stringify(doc).length + 1;
    if (chunks.length === 0 || (size + bytes > budget && size > 0)) {
      chunks.push([]);
      starts.push(n);
      size = 0;
    }
    chunks[chunks.length - 1].push(doc);
    size += bytes;
  });
  return { chunks, starts };
}

/**
 * Term ids per shard file. A function of its own so the corpus-order runs, as large as the
 * file-order ones, are garbage once regrouped: a closure in planSearch would keep them alive.
 */
function planTerms(indexed: IndexedDoc[], shardBudget: number) {
  const runs = termRuns(indexed);
  const { keys, files } = planShards(new Map(runs.terms.map((t, id) => [t, runs.weights[id]])), shardBudget);
  const fileOfTerm = new Int32Array(runs.terms.length);
  runs.terms.forEach((t, id) => (fileOfTerm[id] = keys[keyFor(t, keys) as string]));
  return { keys, files, byFile: runsByFile(runs, fileOfTerm, files), terms: runs.terms };
}

/**
 * Plans the shards from term statistics and keeps only compact term ids (about 4 bytes per
 * word of the corpus); `shard(n)` then builds one shard's index at a time, so a caller that
 * writes each shard as it comes holds one shard's index, never all of them.
 */
export function planSearch(input: SearchInput, options: BuildOptions = {}): SearchIndex {
  const shardBudget = options.shardBudget ?? 16_000;
  const chunkBudget = options.chunkBudget ?? 6_000;
  const prepared = prepareDocs(input);
  const { display, facets, texts } = prepared;
  const docs = prepared.indexed.length;
  const { keys, files, byFile, terms } = planTerms(prepared.indexed, shardBudget);
  // The joined field strings are not needed past this point.
  prepared.indexed = [];

  const { chunks, starts } = displayChunks(display, chunkBudget);
  const claims = facets.rows.filter((r) => r[0] === 0).length;
  const subjects = facets.rows.filter((r) => r[0] === 2).length;
  const checked = (n: number) => {
    if (!(n >= 0 && n < files)) throw new RangeError(`no search shard ${n}: there are ${files}`);
    return n;
  };
  return {
    meta: { v: SEARCH_FORMAT_VERSION, docs, claims, subjects, keys, shards: files, chunks: starts },
    chunks,
    facets,
    texts,
    shard: (n) => shardIndex(byFile, terms, checked(n)),
    shardKey: (n) => `${SEARCH_FORMAT_VERSION}:${runsHash(byFile, terms, checked(n))}`,
  };
}

/**
 * Two independent 32-bit FNV-1a style hashes over everything shard n is built from: its run
 * markers (document and field) and the text of each term id, with its length as a separator.
 * Plain arithmetic: this module also runs where node:crypto does not.
 */
function runsHash(byFile: FileRuns, terms: readonly string[], n: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let length = 0;
  const mix = (c: number) => {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  };
  for (let p = byFile.starts[n]; p < byFile.starts[n + 1]; p++) {
    const v = byFile.data[p];
    if (v < 0) {
      mix(v);
      continue;
    }
    const term = terms[v];
    for (let i = 0; i < term.length; i++) mix(term.charCodeAt(i));
    mix(-term.length - 0x10000);
    length += term.length + 1;
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${length.toString(36)}`;
}

export function buildSearch(input: SearchInput, options: BuildOptions = {}): BuiltSearch {
  const { shard, shardKey: _key, ...index } = planSearch(input, options);
  return { ...index, shards: Array.from({ length: index.meta.shards }, (_, n) => shard(n)) };
}
