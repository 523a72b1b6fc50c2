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
import type { LoadedProject } from '../node/load-project.ts';
import type { Load } from '../node/load-with-cache.ts';
import type { Statement } from '../core/statement.ts';
import { expectProject, publishProject, takePreload } from './project-handoff.ts';

/** A load of the project: what its files state first, then the full load (src/core/statement.ts). */
interface Loading {
  statement: Promise<Statement>;
  load: Promise<Load>;
  /** True when the load ran in this thread: it is complete when the statement is. */
  here: boolean;
}

let cached: { root: string; loading: Loading } | undefined;

type Warn = (message: string) => void;

function loadingOnce(root: string, cacheDir: string | undefined, warn: Warn = console.warn): Loading {
  if (!cached || cached.root !== root) cached = { root, loading: preloadedOrHere(root, cacheDir, warn) };
  return cached.loading;
}

function loadOnce(root: string, cacheDir: string | undefined, warn?: Warn): Promise<Load> {
  return loadingOnce(root, cacheDir, warn).load;
}

/**
 * Loads in this thread. The loading code is imported only then: a build normally loads in the
 * worker, and Astro compiles this module's imports through Vite before it runs the loaders.
 */
function loadHere(root: string, cacheDir: string | undefined): Loading {
  let stated: Statement | undefined;
  const load = import('../node/load-with-cache.ts').then(({ loadWithCache }) => loadWithCache(root, cacheDir, (s) => (stated = s)));
  return { statement: load.then(() => stated!), load, here: true };
}

/**
 * A build starts loading the data in a worker thread while Astro starts up (build-worker.ts);
 * the first loader takes that load. Without one (dev server, tests), or should the worker
 * fail, the project is loaded here.
 */
function preloadedOrHere(root: string, cacheDir: string | undefined, warn: Warn): Loading {
  const preloaded = takePreload(root);
  if (!preloaded) return loadHere(root, cacheDir);
  let fallback: Loading | undefined;
  const instead = (error: unknown) => {
    if (!fallback) {
      warn(`loading the data in a worker failed (${(error as Error).message}); loading it in the main thread instead`);
      fallback = loadHere(root, cacheDir);
    }
    return fallback;
  };
  const loading: Loading = {
    statement: preloaded.statement.catch((error: unknown) => {
      const here = instead(error);
      loading.here = true;
      return here.statement;
    }),
    load: preloaded.load.catch((error: unknown) => instead(error).load),
    here: false,
  };
  return loading;
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

function dataError(project: LoadedProject): CrosscheckDataError | undefined {
  const errors = sortDiagnostics(project.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const shown = errors.slice(0, 20).map((d) => `  ${d.file}:${d.line}:${d.col}  ${d.message}  [${d.rule}]`);
  return new CrosscheckDataError(
    `${errors.length} problem(s) in claims/ or sources/ stop the build:\n${shown.join('\n')}${errors.length > 20 ? `\n  … and ${errors.length - 20} more` : ''}`,
    'Run `npm run check` for the full report, with a hint for each problem.',
  );
}

/** Publishes a project that passed its check, or throws the error that stops the build. */
function publishValid(ctx: LoaderContext, { project, note }: Load): LoadedProject {
  const error = dataError(project);
  if (error) throw error;
  // The collections share one load: say so once.
  if (publishProject(project)) ctx.logger.info(`${project.corpus.claims.length} claims, ${project.corpus.sources.length} sources, ${project.analysis.flags.length} flags${note}`);
  return project;
}

/** Loads whose check the pages already wait for: one per load, however many collections. */
const expecting = new WeakSet<Loading>();

/**
 * What the collections hold: what the files state. When the worker has stated the files
 * without finding an error, the collections go ahead while it checks claims against their
 * sources; pages wait for that check, and its errors stop the build there, with the same
 * message. A load in this thread, or a statement with errors, is checked here, first.
 */
async function statedValid(ctx: LoaderContext, root: string): Promise<Statement> {
  const loading = loadingOnce(root, fileURLToPath(ctx.config.cacheDir), (m) => ctx.logger.warn(m));
  const statement = await loading.statement;
  if (loading.here || statement.errors > 0) {
    publishValid(ctx, await loading.load);
    return statement;
  }
  if (!expecting.has(loading)) {
    expecting.add(loading);
    expectProject(loading.load.then((load) => publishValid(ctx, load)));
  }
  return statement;
}

function watch(ctx: LoaderContext, root: string): void {
  ctx.watcher?.on('all', (_event, path) => {
    if (/[\\/](claims|sources)[\\/]/.test(path) && path.startsWith(root)) cached = undefined;
  });
}

/** Entries as the core produces them; the loader turns each into JSON data once. */
type Slice = (statement: Statement) => Array<{ id: string; value: unknown }>;

export function crosscheckLoader(name: string, slice: Slice, root = process.cwd()): Loader {
  return {
    name: `crosscheck-${name}`,
    load: async (ctx) => {
      watch(ctx, root);
      const entries = slice(await statedValid(ctx, root));
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
