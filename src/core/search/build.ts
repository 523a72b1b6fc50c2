/**
 * Build-time side of the tiered search. Output, all static JSON under /search/:
 *   meta.json       tiny: shard keys and chunk boundaries — the only file every search needs;
 *   t/<n>.json      term shards: MiniSearch indexes over all fields, one per group of term keys;
 *   d/<n>.json      display chunks: what a result shows, fetched only for results on screen;
 *   facets.json     filter codes per document, fetched only when a filter is set.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { prepareDocs, type DisplayDoc, type Facets, type SearchInput } from './documents.ts';
import { indexOptions, type IndexedDoc } from './options.ts';
import { fileDocs, runsByFile, termRuns } from './postings.ts';
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

/**
 * The shard documents hold terms already processed and joined by spaces, so the build's
 * MiniSearch instances only split them again: re-running the tokenizer and processTerm on
 * every term was most of the build time. The serialised index is the same (processTerm is
 * idempotent); the browser loads it with the shared `indexOptions`.
 */
const prebuiltTermOptions: typeof indexOptions = { ...indexOptions, tokenize: (text) => (text === '' ? [] : text.split(' ')), processTerm: (term) => term };

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
 * word of the corpus); `shard(n)` then builds one MiniSearch at a time, so a caller that
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
  let last: { n: number; docs: IndexedDoc[] } | undefined;
  const claims = facets.rows.filter((r) => r[0] === 0).length;
  return {
    meta: { v: SEARCH_FORMAT_VERSION, docs, claims, keys, shards: files, chunks: starts },
    chunks,
    facets,
    texts,
    shard(n) {
      const ms = new MiniSearch<IndexedDoc>(prebuiltTermOptions);
      ms.addAll(docsOf(n));
      return ms.toJSON();
    },
    shardKey(n) {
      return `${SEARCH_FORMAT_VERSION}:${contentHash(JSON.stringify(docsOf(n)))}`;
    },
  };

  /**
   * Shard n's documents. A writer asks for a shard's key and then, when it changed, for the
   * shard: the last documents are kept, so they are regrouped once, and no more than one
   * shard's worth is held.
   */
  function docsOf(n: number): IndexedDoc[] {
    if (!(n >= 0 && n < files)) throw new RangeError(`no search shard ${n}: there are ${files}`);
    if (last?.n !== n) last = { n, docs: fileDocs(byFile, terms, n) };
    return last.docs;
  }
}

/** Two independent 32-bit FNV-1a hashes of the UTF-16 code units (this module also runs where node:crypto does not). */
function contentHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}

export function buildSearch(input: SearchInput, options: BuildOptions = {}): BuiltSearch {
  const { shard, shardKey: _key, ...index } = planSearch(input, options);
  return { ...index, shards: Array.from({ length: index.meta.shards }, (_, n) => shard(n)) };
}
