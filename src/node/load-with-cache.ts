/**
 * Loading the project the way a site build does: with the front matter parse cache kept in
 * Astro's cacheDir (src/node/parse-cache.ts). Used in the build worker that loads the data
 * while Astro starts up, and by the content loader when no worker did (dev server, fallback).
 */
import { loadProject, type LoadedProject } from './load-project.ts';
import { openParseCache } from './parse-cache.ts';

export interface Load {
  project: LoadedProject;
  /** What the parse cache spared, for the build log; empty without a cache or a hit. */
  note: string;
}

export function loadWithCache(root: string, cacheDir: string | undefined): Load {
  if (!cacheDir) return { project: loadProject(root), note: '' };
  const cache = openParseCache(cacheDir);
  const project = loadProject(root, { parseYaml: cache.parse });
  cache.save();
  const { hits, misses } = cache.stats();
  return { project, note: hits > 0 ? ` (uncommon front matter: ${misses} file(s) parsed, ${hits} unchanged since the last build)` : '' };
}

/** True when the project may be built: the content loader fails the build otherwise. */
export function hasErrors(project: LoadedProject): boolean {
  return project.diagnostics.some((d) => d.severity === 'error');
}
