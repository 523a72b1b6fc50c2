/**
 * Build-time side of the tiered search. Output, all static JSON under /search/:
 *   meta.json       tiny: shard keys and chunk boundaries — the only file every search needs;
 *   t/<n>.json      term shards: MiniSearch indexes over all fields, one per group of term keys;
 *   d/<n>.json      display chunks: what a result shows, fetched only for results on screen;
 *   facets.json     filter codes per document, fetched only when a filter is set.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { prepareDocs, type DisplayDoc, type Facets, type SearchInput } from './documents.ts';
import { indexOptions, SEARCH_FIELDS, type IndexedDoc } from './options.ts';
import { keyFor, planShards } from './shards.ts';
import { SEARCH_FORMAT_VERSION, type SearchMeta } from './format.ts';
import { processTerm, tokenize } from './tokenize.ts';

export interface BuiltSearch {
  meta: SearchMeta;
  shards: AsPlainObject[];
  chunks: DisplayDoc[][];
  facets: Facets;
  texts: Map<number, string>;
}

export interface BuildOptions {
  /** Estimated serialised bytes per term shard before a first letter is split further. */
  shardBudget?: number;
  /** Serialised bytes per display chunk. */
  chunkBudget?: number;
}

/** Rough serialised size of a term: its text plus about 8 bytes per (document, field) posting. */
const POSTING_BYTES = 16;

/**
 * The shard documents hold terms already processed and joined by spaces, so the build's
 * MiniSearch instances only split them again: re-running the tokenizer and processTerm on
 * every term was most of the build time. The serialised index is the same (processTerm is
 * idempotent); the browser loads it with the shared `indexOptions`.
 */
const prebuiltTermOptions: typeof indexOptions = { ...indexOptions, tokenize: (text) => (text === '' ? [] : text.split(' ')), processTerm: (term) => term };

/** termsOf with each distinct word processed once: a corpus repeats its words millions of times. */
function cachedTerms(): (text: string) => string[] {
  const cache = new Map<string, string | null>();
  return (text) => {
    const out: string[] = [];
    for (const raw of tokenize(text)) {
      let t = cache.get(raw);
      if (t === undefined) cache.set(raw, (t = processTerm(raw)));
      if (t) out.push(t);
    }
    return out;
  };
}

export function buildSearch(input: SearchInput, options: BuildOptions = {}): BuiltSearch {
  const shardBudget = options.shardBudget ?? 16_000;
  const chunkBudget = options.chunkBudget ?? 6_000;
  const { indexed, display, facets, texts } = prepareDocs(input);
  const termsOfCached = cachedTerms();

  // Terms once per document field; weights estimate each term's share of the shard bytes.
  const fieldTerms = indexed.map((doc) => SEARCH_FIELDS.map((f) => termsOfCached(doc[f])));
  const weights = new Map<string, number>();
  for (const fields of fieldTerms) {
    for (const terms of fields) {
      for (const t of new Set(terms)) weights.set(t, (weights.get(t) ?? t.length + 4) + POSTING_BYTES);
    }
  }
  const { keys, files } = planShards(weights, shardBudget);
  const fileOf = new Map<string, number>();
  for (const t of weights.keys()) fileOf.set(t, keys[keyFor(t, keys) as string]);

  const perFile: IndexedDoc[][] = Array.from({ length: files }, () => []);
  indexed.forEach((doc, n) => {
    // Only the files this document touches: one object per file per document grew as docs × files.
    const parts = new Map<number, Record<string, string[]>>();
    SEARCH_FIELDS.forEach((field, f) => {
      for (const t of fieldTerms[n][f]) {
        const file = fileOf.get(t) as number;
        let p = parts.get(file);
        if (!p) parts.set(file, (p = {}));
        (p[field] ??= []).push(t);
      }
    });
    for (const [file, p] of parts) {
      const join = (field: string) => (p[field] ?? []).join(' ');
      perFile[file].push({ i: doc.i, name: join('name'), value: join('value'), quote: join('quote'), note: join('note'), text: join('text') });
    }
  });
  const shards = perFile.map((docs) => {
    const ms = new MiniSearch<IndexedDoc>(prebuiltTermOptions);
    ms.addAll(docs);
    return ms.toJSON();
  });

  const chunks: DisplayDoc[][] = [];
  const starts: number[] = [];
  let size = 0;
  display.forEach((doc, n) => {
    const bytes = JSON.stringify(doc).length + 1;
    if (chunks.length === 0 || (size + bytes > chunkBudget && size > 0)) {
      chunks.push([]);
      starts.push(n);
      size = 0;
    }
    chunks[chunks.length - 1].push(doc);
    size += bytes;
  });

  const claims = facets.rows.filter((r) => r[0] === 0).length;
  return { meta: { v: SEARCH_FORMAT_VERSION, docs: indexed.length, claims, keys, shards: files, chunks: starts }, shards, chunks, facets, texts };
}
