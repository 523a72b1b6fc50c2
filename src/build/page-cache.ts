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

/**
 * Everything besides the data that decides what a page looks like: the site's code, its config,
 * its dependencies, and the settings that come from outside the files (the site URL that
 * canonical links and Open Graph tags carry).
 */
export function codeFingerprint(root: string, settings: Readonly<Record<string, string | undefined>> = {}): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]}\n`);
  const set = Object.entries(settings).filter(([, v]) => v !== undefined);
  hash.update(`${JSON.stringify(set.sort(([a], [b]) => (a < b ? -1 : 1)))}\n`);
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

/** A page of one kind: its id (the route parameter) and its pathname. */
export interface CachedPage {
  id: string;
  path: string;
}

export interface PageCache {
  /**
   * The ids to render: every page on a first build (no usable record), whatever its key, so
   * pages need not wait for the keys; otherwise the new and changed pages and those whose file
   * is missing. Records every page's key for the next build.
   */
  select(pages: readonly CachedPage[], keys: () => Promise<ReadonlyMap<string, string>>): Promise<Set<string>>;
  /** Output files left in place because their page is unchanged. */
  kept(): string[];
  /**
   * Writes the record of this build's keys; call only when the build succeeded. Should the keys
   * of a first build fail, no record is written, and the next build renders every page.
   */
  save(): Promise<void>;
}

export function openPageCache(cacheDir: string, outDir: string, code: string): PageCache {
  const path = join(cacheDir, PAGE_CACHE_FILE);
  const previous = readRecord(path, code);
  rmSync(path, { force: true });
  const current = new Map<string, string>();
  const kept = new Map<string, string>();
  const later: Array<Promise<void>> = [];
  const record = (pages: readonly CachedPage[], keyOf: ReadonlyMap<string, string>) => {
    for (const page of pages) {
      const key = keyOf.get(page.id);
      if (key === undefined) throw new Error(`no cache key for the page ${page.path}`);
      current.set(page.path, key);
    }
  };
  return {
    async select(pages, keys) {
      if (previous.size === 0) {
        const recorded = keys().then((keyOf) => record(pages, keyOf));
        // Awaited by save(); until then a failure must not count as unhandled.
        recorded.catch(() => {});
        later.push(recorded);
        return new Set(pages.map((p) => p.id));
      }
      const keyOf = await keys();
      record(pages, keyOf);
      const render = new Set<string>();
      for (const page of pages) {
        const file = join(outDir, page.path, 'index.html');
        if (previous.get(page.path) === current.get(page.path) && PLAIN_PATH.test(page.path) && existsSync(file)) kept.set(page.path, file);
        else {
          kept.delete(page.path);
          render.add(page.id);
        }
      }
      return render;
    },
    kept: () => [...kept.values()],
    async save() {
      try {
        await Promise.all(later);
      } catch {
        return;
      }
      writeFileAtomic(path, JSON.stringify({ version: VERSION, code, pages: Object.fromEntries(current) } satisfies Record_));
    },
  };
}
