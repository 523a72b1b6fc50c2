/**
 * The loaded project, handed from the content loader to the rest of the same build.
 *
 * Astro runs the content loader, the integrations and the prerendering of pages in one
 * process, but each through its own module graph (the config's, Vite's, the bundled
 * pages'), so a module-level variable is not shared between them. A registered symbol on
 * globalThis is. Readers must treat a missing value as "not loaded in this process" and
 * fall back to loading or to the collections, never to an empty site.
 */
import type { LoadedProject } from '../node/load-project.ts';
import type { PageKeys } from '../site/page-keys.ts';
import type { Load } from '../node/load-with-cache.ts';
import type { Statement } from '../core/statement.ts';

const KEY = Symbol.for('crosscheck.loaded-project');

const LISTENERS = Symbol.for('crosscheck.loaded-project.listeners');

const PRELOAD = Symbol.for('crosscheck.preload');

const PAGE_KEYS = Symbol.for('crosscheck.page-keys');

const PENDING = Symbol.for('crosscheck.pending-project');

interface Handoff {
  project: LoadedProject;
  /** Increases with every publication, so a dev server can tell a reload from the same data. */
  version: number;
}

type Listener = (project: LoadedProject) => void;
type WithHandoff = typeof globalThis & {
  [KEY]?: Handoff;
  [LISTENERS]?: Listener[];
  [PRELOAD]?: { root: string; preload: Preload };
  [PENDING]?: Promise<unknown>;
  [PAGE_KEYS]?: { project: LoadedProject; keys: Promise<PageKeys | undefined> };
};

/**
 * A load under way elsewhere (the build worker): what the files state comes first, the full
 * load (checked and analysed) after it.
 */
export interface Preload {
  statement: Promise<Statement>;
  load: Promise<Load>;
}

/**
 * A load of the project already under way for `root` (a build starts one in a worker thread
 * before Astro runs the content loader), for the loader to take instead of loading again.
 */
export function offerPreload(root: string, preload: Preload): void {
  (globalThis as WithHandoff)[PRELOAD] = { root, preload };
}

/** The load offered for `root`, once: a second caller (a dev server's reload) loads afresh. */
export function takePreload(root: string): Preload | undefined {
  const g = globalThis as WithHandoff;
  const offered = g[PRELOAD];
  if (offered?.root !== root) return undefined;
  delete g[PRELOAD];
  return offered.preload;
}

/**
 * Called by the loader when it let Astro go on with what the files state while the check
 * runs on: `checked` publishes the project when it passes, and rejects with the error that
 * must stop the build when it does not. Readers wait for it (`handedOverProject`).
 */
export function expectProject(checked: Promise<unknown>): void {
  // Until a page awaits it, a failure must not count as unhandled: the pages report it.
  checked.catch(() => {});
  (globalThis as WithHandoff)[PENDING] = checked;
}

/**
 * The published project, once any check still running for it has finished; rejects with that
 * check's error. Undefined when nothing was published in this process.
 */
export async function handedOverProject(): Promise<Handoff | undefined> {
  const g = globalThis as WithHandoff;
  if (g[PENDING]) await g[PENDING];
  return g[KEY];
}

/** Called by the loader once the project has passed validation; false if it already was. */
export function publishProject(project: LoadedProject): boolean {
  const g = globalThis as WithHandoff;
  if (g[KEY]?.project === project) return false;
  g[KEY] = { project, version: (g[KEY]?.version ?? 0) + 1 };
  for (const listener of g[LISTENERS] ?? []) listener(project);
  return true;
}

/**
 * Calls `listener` with every project published from now on (so a build step can start the
 * moment the data is valid, while Astro is still busy). Returns a function that unsubscribes.
 */
export function onProjectPublished(listener: Listener): () => void {
  const g = globalThis as WithHandoff;
  g[LISTENERS] = [...(g[LISTENERS] ?? []), listener];
  return () => {
    g[LISTENERS] = (g[LISTENERS] ?? []).filter((l) => l !== listener);
  };
}

export function publishedProject(): { project: LoadedProject; version: number } | undefined {
  return (globalThis as WithHandoff)[KEY];
}

/** Page keys being computed elsewhere (the build worker) for exactly this loaded project. */
export function offerPageKeys(project: LoadedProject, keys: Promise<PageKeys | undefined>): void {
  (globalThis as WithHandoff)[PAGE_KEYS] = { project, keys };
}

/** The keys offered for `project`; undefined when none were, none were computed, or computing them failed. */
export async function pageKeysFor(project: LoadedProject): Promise<PageKeys | undefined> {
  const offered = (globalThis as WithHandoff)[PAGE_KEYS];
  if (offered?.project !== project) return undefined;
  return offered.keys.catch(() => undefined);
}

/** For tests, and for a process that builds more than one site. */
export function forgetPublishedProject(): void {
  delete (globalThis as WithHandoff)[KEY];
  delete (globalThis as WithHandoff)[LISTENERS];
  delete (globalThis as WithHandoff)[PRELOAD];
  delete (globalThis as WithHandoff)[PAGE_KEYS];
  delete (globalThis as WithHandoff)[PENDING];
}
