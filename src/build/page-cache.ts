/**
 * Rebuilds render only the pages whose data or code changed.
 *
 * Each claim, source and subject page has a key covering every piece of data it shows
 * (src/site/cache-keys.ts). A build records the keys of all such pages; the next build, if
 * the site's code is unchanged, leaves out of `getStaticPaths` every page whose key is the
 * same and whose file is still in the output folder, and that file stays as it is. A page
 * whose file went missing is rendered again.
 *
 * Why not Astro's `experimental.incrementalBuild`: it made every cold build pay for
 * rebuilds (a second copy of each page in the cache, the page's bytes copied once more,
 * per-page metadata collection): at 10k claims about a fifth of the cold build's CPU time.
 *
 * The record is removed when a build starts and written when it succeeds, so after a failed
 * or interrupted build the next one renders everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../node/cache-file.ts';

export const PAGE_CACHE_FILE = 'crosscheck-pages.json';
const VERSION = 1;

interface Record_ {
  version: number;
  code: string;
  pages: { [pathname: string]: string };
}

/** Everything besides the data that decides what a page looks like: the site's code, its config, its dependencies. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]}\n`);
  const add = (rel: string) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    hash.update(`${rel}\n`);
    hash.update(readFileSync(abs));
  };
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) add(child);
    }
  };
  if (existsSync(join(root, 'src'))) walk('src');
  for (const f of ['astro.config.mjs', 'astro.config.ts', 'package.json', 'package-lock.json', 'node_modules/astro/package.json']) add(f);
  return hash.digest('base64url');
}

function readRecord(path: string, code: string): Map<string, string> {
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as Record_;
    if (r.version === VERSION && r.code === code && r.pages && typeof r.pages === 'object') return new Map(Object.entries(r.pages));
  } catch {
    // Missing or damaged: render everything.
  }
  return new Map();
}

/** Only plain path characters are trusted to map one-to-one onto a file. */
const PLAIN_PATH = /^\/[A-Za-z0-9/_.-]*\/$/;

export interface PageCache {
  /** The entries to render: new, changed, or missing from the output. Records every key. */
  select<T extends { cacheKey: string }>(entries: readonly T[], pathname: (entry: T) => string): T[];
  /** True when there is no usable record of an earlier build: every page renders, whatever its key. */
  rendersAll(): boolean;
  /** Keys to record that are computed later, by the time the build is done (see `pagesToRender`). */
  recordLater(keys: () => Promise<Iterable<[pathname: string, key: string]>>): void;
  /** Output files left in place because their page is unchanged. */
  kept(): string[];
  /**
   * Writes the record of this build's keys; call only when the build succeeded. Should a key
   * recorded later fail, no record is written, and the next build renders every page.
   */
  save(): Promise<void>;
}

export function openPageCache(cacheDir: string, outDir: string, code: string): PageCache {
  const path = join(cacheDir, PAGE_CACHE_FILE);
  const previous = readRecord(path, code);
  rmSync(path, { force: true });
  const current = new Map<string, string>();
  const kept = new Map<string, string>();
  const later: Array<() => Promise<Iterable<[string, string]>>> = [];
  return {
    select(entries, pathname) {
      const render = [];
      for (const entry of entries) {
        const p = pathname(entry);
        current.set(p, entry.cacheKey);
        const file = join(outDir, p, 'index.html');
        if (previous.get(p) === entry.cacheKey && PLAIN_PATH.test(p) && existsSync(file)) kept.set(p, file);
        else {
          kept.delete(p);
          render.push(entry);
        }
      }
      return render;
    },
    rendersAll: () => previous.size === 0,
    recordLater(keys) {
      later.push(keys);
    },
    kept: () => [...kept.values()],
    async save() {
      try {
        for (const keys of later) for (const [p, key] of await keys()) current.set(p, key);
      } catch {
        return;
      }
      writeFileAtomic(path, JSON.stringify({ version: VERSION, code, pages: Object.fromEntries(current) } satisfies Record_));
    },
  };
}

/*
 * The cache of the running build, shared the way the project is (see project-handoff.ts):
 * the integration that opens it and the pages that consult it live in different module graphs.
 */
const KEY = Symbol.for('crosscheck.page-cache');
type WithCache = typeof globalThis & { [KEY]?: PageCache };

export function setActivePageCache(cache: PageCache | undefined): void {
  if (cache) (globalThis as WithCache)[KEY] = cache;
  else delete (globalThis as WithCache)[KEY];
}

export function activePageCache(): PageCache | undefined {
  return (globalThis as WithCache)[KEY];
}

/**
 * For a page's `getStaticPaths`: the entries to render in this build. Outside a build with a
 * page cache (the dev server, changed code) that is every entry.
 *
 * `keys` gives each entry's cache key. It is awaited only when the choice depends on it: on a
 * first build (no record) every page renders whatever its key, and the keys are needed only
 * for the record written when the build is done, so they are taken then. Pages then need not
 * wait for the build worker, which computes the keys while they render (src/site/page-keys.ts).
 */
export async function pagesToRender<T>(entries: readonly T[], pathname: (entry: T) => string, keys: () => Promise<(entry: T) => string>): Promise<T[]> {
  const cache = activePageCache();
  if (!cache) return [...entries];
  if (cache.rendersAll()) {
    cache.recordLater(async () => {
      const keyOf = await keys();
      return entries.map((e): [string, string] => [pathname(e), keyOf(e)]);
    });
    return [...entries];
  }
  const keyOf = await keys();
  const chosen = cache.select(
    entries.map((entry) => ({ entry, cacheKey: keyOf(entry) })),
    (x) => pathname(x.entry),
  );
  return chosen.map((x) => x.entry);
}
