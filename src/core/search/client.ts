/**
 * The browser side of the tiered search, free of DOM and fetch so it runs in tests against
 * the build's output. It fetches meta.json once, then only the term shards a query needs,
 * the facets when a filter is set, and the display chunks of the results it returns.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { DisplayDoc, Facets } from './documents.ts';
import { chunkOf, searchPaths, SEARCH_FORMAT_VERSION, type SearchMeta } from './format.ts';
import { fuzziness, indexOptions, usePrefix, type IndexedDoc } from './options.ts';
import { hasFilters, type SearchQuery } from './query.ts';
import { filesForTerm } from './shards.ts';
import { termsOf } from './tokenize.ts';

export type Loader = (path: string) => Promise<unknown>;

export interface SearchHit {
  i: number;
  score: number;
  /** Document terms that matched, processed; what the result highlights. */
  terms: string[];
  doc: DisplayDoc;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /**
   * Query words that matched nothing, even fuzzily, and were left out so the other words
   * could still find something (a typo in a word's first letters looks in the wrong shard).
   * Only ever words without digits: a figure is never dropped.
   */
  ignored: string[];
}

interface Matched {
  scored: Scored[];
  ignored: string[];
}

interface Scored {
  i: number;
  score: number;
  terms: Set<string>;
  queryTerms: Set<string>;
  /** A subject whose names hold every query word as written (see `match`). */
  named?: boolean;
}

export class TieredSearch {
  private readonly load: Loader;
  private meta?: Promise<SearchMeta>;
  private readonly shards = new Map<number, Promise<MiniSearch<IndexedDoc>>>();
  private readonly chunks = new Map<number, Promise<DisplayDoc[]>>();
  private facets?: Promise<Facets>;
  private readonly texts = new Map<number, Promise<string>>();

  constructor(load: Loader) {
    this.load = load;
  }

  private getMeta(): Promise<SearchMeta> {
    this.meta ??= this.load(searchPaths.meta).then((m) => {
      const meta = m as SearchMeta;
      if (meta.v !== SEARCH_FORMAT_VERSION) throw new Error(`Search index format ${String(meta.v)} is not ${SEARCH_FORMAT_VERSION}; reload the page.`);
      return meta;
    });
    return this.meta;
  }

  private getShard(n: number): Promise<MiniSearch<IndexedDoc>> {
    let p = this.shards.get(n);
    if (!p) {
      p = this.load(searchPaths.shard(n)).then((js) => MiniSearch.loadJS<IndexedDoc>(js as AsPlainObject, indexOptions));
      this.shards.set(n, p);
    }
    return p;
  }

  private getChunk(n: number): Promise<DisplayDoc[]> {
    let p = this.chunks.get(n);
    if (!p) {
      p = this.load(searchPaths.chunk(n)) as Promise<DisplayDoc[]>;
      this.chunks.set(n, p);
    }
    return p;
  }

  /** The archived text of a source result, fetched after the results are on screen. */
  sourceText(i: number): Promise<string> {
    let p = this.texts.get(i);
    if (!p) {
      p = this.load(searchPaths.text(i)).then((t) => (typeof t === 'string' ? t : ''));
      this.texts.set(i, p);
    }
    return p;
  }

  private getFacets(): Promise<Facets> {
    this.facets ??= this.load(searchPaths.facets) as Promise<Facets>;
    return this.facets;
  }

  /**
   * Every document matching all words of `q` (AND across words, prefix and fuzzy per word).
   * When that finds nothing because some words match no document at all, those words are
   * left out, provided they could be typos (letters only, long enough for fuzzy matching).
   */
  private async match(q: string, meta: SearchMeta): Promise<Matched | undefined> {
    const terms = [...new Set(termsOf(q))];
    if (terms.length === 0) return undefined;
    const byFile = new Map<number, string[]>();
    for (const t of terms) {
      for (const f of filesForTerm(t, meta.keys, usePrefix(t))) {
        const list = byFile.get(f);
        if (list) list.push(t);
        else byFile.set(f, [t]);
      }
    }
    const found = new Map<number, Scored>();
    await Promise.all(
      [...byFile].map(async ([file, fileTerms]) => {
        const ms = await this.getShard(file);
        for (const r of ms.search(fileTerms.join(' '))) {
          const i = r.id as number;
          let s = found.get(i);
          if (!s) {
            s = { i, score: 0, terms: new Set(), queryTerms: new Set() };
            found.set(i, s);
          }
          s.score += r.score;
          for (const t of r.terms) s.terms.add(t);
          for (const t of r.queryTerms) s.queryTerms.add(t);
        }
      }),
    );
    const all = [...found.values()];
    // A subject's page gathers every claim about it: when the words typed are its name's own
    // words (not prefixes or typos), it goes first. Left to scores, a common name ("OpenAI")
    // scores below the claims and articles that repeat it.
    const firstSubject = meta.docs - (meta.subjects ?? 0);
    for (const s of all) if (s.i >= firstSubject && [...s.queryTerms].every((t) => s.terms.has(t))) s.named = true;
    const every = (required: string[]) => all.filter((s) => required.every((t) => s.queryTerms.has(t)));
    const strict = every(terms);
    if (strict.length > 0) return { scored: strict, ignored: [] };
    const matchedSomething = new Set<string>();
    for (const s of all) for (const t of s.queryTerms) matchedSomething.add(t);
    const ignored = terms.filter((t) => !matchedSomething.has(t) && fuzziness(t) !== false);
    if (ignored.length === 0 || ignored.length === terms.length) return { scored: strict, ignored: [] };
    return { scored: every(terms.filter((t) => !ignored.includes(t))), ignored };
  }

  private async filter(query: SearchQuery, candidates: Scored[] | undefined, meta: SearchMeta): Promise<Scored[]> {
    if (!hasFilters(query)) return candidates ?? [];
    const facets = await this.getFacets();
    const want = (list: string[], value: string) => (value === '' ? undefined : list.indexOf(value));
    const status = want(facets.statuses, query.status);
    const subject = want(facets.subjects, query.subject);
    const type = want(facets.types, query.type);
    const source = want(facets.sources, query.source);
    const claimOnly = status !== undefined || subject !== undefined || type !== undefined;
    const keep = (i: number) => {
      const row = facets.rows[i];
      if (!row) return false;
      const [kind, st, su, ty, srcs] = row;
      // A subject's own page belongs with its claims when only the subject is chosen.
      if (kind === 2) return subject !== undefined && su === subject && status === undefined && type === undefined && source === undefined;
      if (claimOnly && kind !== 0) return false;
      if (status !== undefined && st !== status) return false;
      if (subject !== undefined && su !== subject) return false;
      if (type !== undefined && ty !== type) return false;
      return source === undefined || srcs.includes(source);
    };
    const pool = candidates ?? Array.from({ length: meta.docs }, (_, i) => ({ i, score: 0, terms: new Set<string>(), queryTerms: new Set<string>() }));
    return pool.filter((s) => keep(s.i));
  }

  /** One page of results, best first; documents in corpus order when only filters are set. */
  async search(query: SearchQuery, offset = 0, limit = 20): Promise<SearchPage> {
    const meta = await this.getMeta();
    const matched = await this.match(query.q, meta);
    if (matched === undefined && !hasFilters(query)) return { total: 0, hits: [], ignored: [] };
    const results = await this.filter(query, matched?.scored, meta);
    results.sort((a, b) => Number(b.named ?? false) - Number(a.named ?? false) || b.score - a.score || a.i - b.i);
    const page = results.slice(offset, offset + limit);
    const hits = await Promise.all(
      page.map(async (s) => {
        const c = chunkOf(s.i, meta.chunks);
        const docs = await this.getChunk(c);
        return { i: s.i, score: s.score, terms: [...s.terms], doc: docs[s.i - meta.chunks[c]] };
      }),
    );
    return { total: results.length, hits, ignored: matched?.ignored ?? [] };
  }
}
