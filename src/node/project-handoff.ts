/**
 * The loaded project, handed from the content loader to the rest of the same build.
 *
 * Astro runs the content loader, the integrations and the prerendering of pages in one
 * process, but each through its own module graph (the config's, Vite's, the bundled
 * pages'), so a module-level variable is not shared between them. A registered symbol on
 * globalThis is. Readers must treat a missing value as "not loaded in this process" and
 * fall back to loading or to the collections, never to an empty site.
 */
import type { CachedLoad, LoadedProject } from './load-project.ts';

const KEY = Symbol.for('crosscheck.loaded-project');
const LOADING = Symbol.for('crosscheck.loading-project');

interface Handoff {
  project: LoadedProject;
  /** Increases with every publication, so a dev server can tell a reload from the same data. */
  version: number;
}

interface Loading {
  root: string;
  load: Promise<CachedLoad>;
}

type WithHandoff = typeof globalThis & { [KEY]?: Handoff; [LOADING]?: Loading };

/**
 * The load of `root` under way in this process, if any: started early by the build
 * integration (in a worker) or by the first loader that asked. `start` runs only when none is.
 */
export function loadingProject(root: string, start: () => Promise<CachedLoad>): Promise<CachedLoad> {
  const g = globalThis as WithHandoff;
  const current = g[LOADING];
  if (current && current.root === root) return current.load;
  const load = start();
  g[LOADING] = { root, load };
  return load;
}

/** Forgets the load under way, so the next request loads again (the dev server, after an edit). */
export function forgetLoadingProject(): void {
  delete (globalThis as WithHandoff)[LOADING];
}

/** Called by the loader once the project has passed validation; false if it already was. */
export function publishProject(project: LoadedProject): boolean {
  const g = globalThis as WithHandoff;
  if (g[KEY]?.project === project) return false;
  g[KEY] = { project, version: (g[KEY]?.version ?? 0) + 1 };
  return true;
}

export function publishedProject(): { project: LoadedProject; version: number } | undefined {
  return (globalThis as WithHandoff)[KEY];
}

/** For tests, and for a process that builds more than one site. */
export function forgetPublishedProject(): void {
  delete (globalThis as WithHandoff)[KEY];
  delete (globalThis as WithHandoff)[LOADING];
}
