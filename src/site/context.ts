/**
 * The build context: how every page and endpoint gets the one loaded project.
 *
 * Astro runs its integrations in the config's module graph and renders pages from a bundle
 * of their own, so a module-level variable set by the integration is not seen by the pages.
 * This is the one value the two share, under one registered symbol on `globalThis`: the
 * integration (src/build/integration.ts) provides it when a build or a dev server starts;
 * pages read it through src/site/data.ts and never through the symbol. This module stays
 * small: the integration imports it while Astro loads its config.
 */
import type { LoadedProject } from '../core/project.ts';

/** The kinds of page that the page cache can leave out of a rebuild. */
export type CachedPageKind = 'claims' | 'sources' | 'subjects';

export interface BuildContext {
  /**
   * The checked and analysed project. Rejects with the error that stops the build when the
   * data has errors (the same messages as `npm run check`). A dev server returns a new
   * promise after an edit.
   */
  project(): Promise<LoadedProject>;
  /**
   * Of a page kind's ids, those this build renders: a rebuild leaves out unchanged pages
   * whose files are still in the output folder (src/build/page-cache.ts).
   */
  pagesToRender(kind: CachedPageKind, ids: readonly string[]): Promise<ReadonlySet<string>>;
}

const SLOT = Symbol.for('crosscheck.build-context');
type WithContext = typeof globalThis & { [SLOT]?: BuildContext };

/** Called by the integration when a build or a dev server starts. */
export function provideBuildContext(context: BuildContext | undefined): void {
  if (context) (globalThis as WithContext)[SLOT] = context;
  else delete (globalThis as WithContext)[SLOT];
}

export function buildContext(): BuildContext {
  const context = (globalThis as WithContext)[SLOT];
  if (!context) {
    throw new Error('No Crosscheck build context: the pages were rendered without the `crosscheck()` integration. Add it to astro.config.mjs (see README, Architecture).');
  }
  return context;
}
