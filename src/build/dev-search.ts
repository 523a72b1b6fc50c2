/**
 * The dev server's search index: the same files the build writes (src/build/write-search.ts),
 * answered from memory, so `npm run dev` needs no build step for search.
 */
import { planSearch, searchFile, type SearchIndex } from '../core/search/index.ts';
import { searchInput } from '../site/search-input.ts';
import type { LoadedProject } from '../core/project.ts';
import { SEARCH_BASE } from './search-outputs.ts';

type Next = () => void;
interface DevResponse {
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/**
 * The dev server's answer for /search/*.json: planned from the published project when it
 * changes, each file built when asked for. Anything else goes to the next handler.
 */
export function devSearchMiddleware(project: () => { project: LoadedProject; version: number } | undefined, log: (message: string) => void = () => {}) {
  let dev: { version: number; index: SearchIndex } | undefined;
  return (req: { url?: string }, res: DevResponse, next: Next): void => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(`/${SEARCH_BASE}`) || !path.endsWith('.json')) return next();
    const handed = project();
    if (!handed) return next();
    if (dev?.version !== handed.version) {
      dev = { version: handed.version, index: planSearch(searchInput(handed.project.corpus, handed.project.analysis)) };
      log(`search index planned for ${handed.project.corpus.claims.length} claims`);
    }
    const body = searchFile(dev.index, path.slice(SEARCH_BASE.length + 1));
    if (body === undefined) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(body);
  };
}
