/**
 * Every file of a planned search index as the site serves it: a path relative to the search
 * base URL and its JSON text. Yielded one at a time, so a writer holds one term shard's index
 * at once, never all of them.
 */
import type { SearchIndex } from './build.ts';
import { searchPaths } from './format.ts';

export interface SearchFile {
  path: string;
  body: string;
}

/** Every file's path, in writing order: the cheap files first, term shards one by one. */
export function* searchFilePaths(index: SearchIndex): Generator<string> {
  yield searchPaths.meta;
  yield searchPaths.facets;
  for (let n = 0; n < index.meta.shards; n++) yield searchPaths.shard(n);
  for (let n = 0; n < index.chunks.length; n++) yield searchPaths.chunk(n);
  for (const i of index.texts.keys()) yield searchPaths.text(i);
}

export function* searchFiles(index: SearchIndex): Generator<SearchFile> {
  for (const path of searchFilePaths(index)) {
    const body = searchFile(index, path);
    if (body === undefined) throw new Error(`search path ${path} names no file of the index`);
    yield { path, body };
  }
}

const SHARD = /^t\/(\d+)\.json$/;
const CHUNK = /^d\/(\d+)\.json$/;
const TEXT = /^x\/(\d+)\.json$/;

/** The number in a path of the form `re` matches, if it has that form. */
function numberIn(re: RegExp, path: string): number | undefined {
  const m = re.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** The term shard a path names, if it names one. */
export function shardOfPath(path: string): number | undefined {
  return numberIn(SHARD, path);
}

/** One file by its path, for a server that builds files on request; undefined when there is none. */
export function searchFile(index: SearchIndex, path: string): string | undefined {
  if (path === searchPaths.meta) return JSON.stringify(index.meta);
  if (path === searchPaths.facets) return JSON.stringify(index.facets);
  const shard = shardOfPath(path);
  if (shard !== undefined) return shard < index.meta.shards ? JSON.stringify(index.shard(shard)) : undefined;
  const chunk = numberIn(CHUNK, path);
  if (chunk !== undefined) return chunk < index.chunks.length ? JSON.stringify(index.chunks[chunk]) : undefined;
  const text = numberIn(TEXT, path);
  if (text !== undefined && index.texts.has(text)) return JSON.stringify(index.texts.get(text));
  return undefined;
}

/** The top-level names under the search base that the index's files occupy. */
export const searchOutputs = [searchPaths.meta, searchPaths.facets, 't', 'd', 'x'] as const;
