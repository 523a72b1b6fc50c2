/**
 * Astro content loaders backed by the Crosscheck core. The project is loaded, validated
 * and analysed once per build; each collection takes its slice. Any validation error
 * fails the build with the same messages as `npm run check`, so a file can never be
 * silently missing from the site.
 */
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sortDiagnostics } from '../core/diagnostics.ts';
import type { LoadedProject } from './load-project.ts';
import { loadWithCache, type Load } from './load-with-cache.ts';
import { publishProject, takePreload } from './project-handoff.ts';

let cached: { root: string; load: Promise<Load> } | undefined;

type Warn = (message: string) => void;

function loadOnce(root: string, cacheDir: string | undefined, warn: Warn = console.warn): Promise<Load> {
  if (!cached || cached.root !== root) cached = { root, load: preloadedOrHere(root, cacheDir, warn) };
  return cached.load;
}

/**
 * A build starts loading the data in a worker thread while Astro starts up (build-worker.ts);
 * the first loader takes that load. Without one (dev server, tests), or should the worker
 * fail, the project is loaded here.
 */
function preloadedOrHere(root: string, cacheDir: string | undefined, warn: Warn): Promise<Load> {
  const preloaded = takePreload(root);
  const here = () => loadWithCache(root, cacheDir);
  if (!preloaded) return Promise.resolve().then(here);
  return preloaded.catch((error: unknown) => {
    warn(`loading the data in a worker failed (${(error as Error).message}); loading it in the main thread instead`);
    return here();
  });
}

/**
 * Loads once per process; the dev server's watcher clears the cache when data changes.
 * With `cacheDir`, front matter parses and claim checks are kept there between builds
 * (src/node/load-with-cache.ts).
 */
export async function projectOnce(root: string, cacheDir?: string): Promise<LoadedProject> {
  return (await loadOnce(root, cacheDir)).project;
}

/**
 * Astro prints a user error as its message and hint; with no stack, it adds no stack trace,
 * which would only point into this file, never at the data.
 */
export class CrosscheckDataError extends AstroError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = 'CrosscheckDataError';
    this.stack = '';
  }
}

async function loadValid(ctx: LoaderContext, root: string): Promise<LoadedProject> {
  const { project, note } = await loadOnce(root, fileURLToPath(ctx.config.cacheDir), (m) => ctx.logger.warn(m));
  const errors = sortDiagnostics(project.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).map((d) => `  ${d.file}:${d.line}:${d.col}  ${d.message}  [${d.rule}]`);
    throw new CrosscheckDataError(
      `${errors.length} problem(s) in claims/ or sources/ stop the build:\n${shown.join('\n')}${errors.length > 20 ? `\n  … and ${errors.length - 20} more` : ''}`,
      'Run `npm run check` for the full report, with a hint for each problem.',
    );
  }
  // Five collections share one load: say so once.
  if (publishProject(project)) ctx.logger.info(`${project.corpus.claims.length} claims, ${project.corpus.sources.length} sources, ${project.analysis.flags.length} flags${note}`);
  return project;
}

function watch(ctx: LoaderContext, root: string): void {
  ctx.watcher?.on('all', (_event, path) => {
    if (/[\\/](claims|sources)[\\/]/.test(path) && path.startsWith(root)) cached = undefined;
  });
}

/** Entries as the core produces them; the loader turns each into JSON data once. */
type Slice = (project: LoadedProject) => Array<{ id: string; value: unknown }>;

export function crosscheckLoader(name: string, slice: Slice, root = process.cwd()): Loader {
  return {
    name: `crosscheck-${name}`,
    load: async (ctx) => {
      watch(ctx, root);
      const project = await loadValid(ctx, root);
      const entries = slice(project);
      // The store persists between builds: entries whose digest is unchanged are left as they
      // are (a rebuild after one edit sets one entry), and entries that are gone are deleted.
      const ids = new Set(entries.map((e) => e.id));
      for (const id of ctx.store.keys()) if (!ids.has(id)) ctx.store.delete(id);
      for (const { id, value } of entries) {
        // Collections hold JSON (an unbounded interval end becomes null), and Astro's own copy,
        // which it rewrites in place. The one serialisation also gives the digest, which Astro
        // would otherwise stringify again.
        const json = JSON.stringify(value);
        const digest = ctx.generateDigest(json);
        if (ctx.store.get(id)?.digest === digest) continue;
        ctx.store.set({ id, data: JSON.parse(json) as Record<string, unknown>, digest });
      }
    },
  };
}
