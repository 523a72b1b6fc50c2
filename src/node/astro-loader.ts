/**
 * Astro content loaders backed by the Crosscheck core. The project is loaded, validated
 * and analysed once per build; each collection takes its slice. Any validation error
 * fails the build with the same messages as `npm run check`, so a file can never be
 * silently missing from the site.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sortDiagnostics } from '../core/diagnostics.ts';
import { loadProject, loadProjectCached, type CachedLoad, type LoadedProject } from './load-project.ts';
import { forgetLoadingProject, loadingProject, publishProject } from './project-handoff.ts';

/**
 * Loads once per process, unless the build integration already started the load in a
 * worker; the dev server's watcher forgets it when data changes. With `cacheDir`, front
 * matter parses are kept there between builds (src/node/parse-cache.ts).
 */
export async function projectOnce(root: string, cacheDir?: string): Promise<LoadedProject> {
  return (await loadOnce(root, cacheDir)).project;
}

function loadOnce(root: string, cacheDir: string | undefined): Promise<CachedLoad> {
  return loadingProject(root, () => Promise.resolve().then(() => (cacheDir ? loadProjectCached(root, cacheDir) : { project: loadProject(root), parsed: 0, unchanged: 0 })));
}

function cacheNote(load: CachedLoad): string {
  return load.unchanged > 0 ? ` (front matter: ${load.parsed} file(s) parsed, ${load.unchanged} unchanged since the last build)` : '';
}

export class CrosscheckDataError extends Error {
  override name = 'CrosscheckDataError';
}

async function loadValid(ctx: LoaderContext, root: string): Promise<LoadedProject> {
  const load = await loadOnce(root, fileURLToPath(ctx.config.cacheDir));
  const project = load.project;
  const errors = sortDiagnostics(project.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).map((d) => `  ${d.file}:${d.line}:${d.col}  ${d.message}  [${d.rule}]`);
    throw new CrosscheckDataError(
      `${errors.length} problem(s) in claims/ or sources/ stop the build:\n${shown.join('\n')}${errors.length > 20 ? `\n  … and ${errors.length - 20} more` : ''}\nRun \`npm run check\` for the full report with hints.`,
    );
  }
  // Five collections share one load: say so once.
  if (publishProject(project)) ctx.logger.info(`${project.corpus.claims.length} claims, ${project.corpus.sources.length} sources, ${project.analysis.flags.length} flags${cacheNote(load)}`);
  return project;
}

function watch(ctx: LoaderContext, root: string): void {
  ctx.watcher?.on('all', (_event, path) => {
    if (/[\\/](claims|sources)[\\/]/.test(path) && path.startsWith(root)) forgetLoadingProject();
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
      ctx.store.clear();
      for (const { id, value } of entries) {
        // Collections hold JSON (Infinity becomes null, see src/site/revive.ts). The one
        // serialisation also gives the digest, which Astro would otherwise stringify again.
        const json = JSON.stringify(value);
        ctx.store.set({ id, data: JSON.parse(json) as Record<string, unknown>, digest: ctx.generateDigest(json) });
      }
    },
  };
}
