/**
 * The ONE set of MiniSearch options, shared by the build (which creates and serialises the
 * shards) and the browser (which loads them with `MiniSearch.loadJS`). MiniSearch does not
 * store its options in the index, so both sides must import this module.
 */
import type { Options, SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './tokenize.ts';

/** Indexed fields, most specific first. */
export const SEARCH_FIELDS = ['name', 'value', 'quote', 'note', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** What the index holds per document: an integer id and one string per field. */
export interface IndexedDoc {
  i: number;
  name: string;
  value: string;
  quote: string;
  note: string;
  text: string;
}

const hasLetter = (term: string) => /\p{L}/u.test(term);

/** Prefix matching from three letters on ("ter" finds "terminal"); never for bare numbers. */
export function usePrefix(term: string): boolean {
  return term.length >= 3 && hasLetter(term);
}

/**
 * Fuzzy matching for words of four or more letters. Never for anything with a digit:
 * "69.4" must not find "69.5" on a site whose point is telling such figures apart.
 */
export function fuzziness(term: string): number | false {
  return term.length >= 4 && !/\p{N}/u.test(term) ? 0.2 : false;
}

export const searchOptions: SearchOptions = {
  boost: { name: 4, value: 3, quote: 1.5, note: 1, text: 0.5 },
  prefix: usePrefix,
  fuzzy: fuzziness,
  maxFuzzy: 2,
  combineWith: 'OR',
};

export const indexOptions: Options<IndexedDoc> = {
  idField: 'i',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions,
};
