/**
 * One call from a folder on disk to a checked, analysed project: used by the CLI, the site
 * build and the benchmark.
 *
 * With `cacheDir` (the site build: Astro's cacheDir), front matter parses
 * (src/node/parse-cache.ts) and claim outcomes (src/node/claim-cache.ts) are kept there
 * between runs, so a rebuild after one edit checks one claim file; the result is the same as
 * without them.
 */
import { checkProject, type LoadedProject } from '../core/project.ts';
import { openClaimCache } from './claim-cache.ts';
import { openParseCache } from './parse-cache.ts';
import { readProjectFiles } from './read-project.ts';

export type { LoadedProject } from '../core/project.ts';

export interface CachedLoad {
  project: LoadedProject;
  /** What the caches spared, for the build log; empty without a hit. */
  note: string;
  /** Writes the caches for the next run; a caller in a hurry hands the project over first. */
  persist(): void;
}

export function loadProject(root: string): LoadedProject {
  return checkProject(readProjectFiles(root));
}

export function loadProjectWithCaches(root: string, cacheDir: string): CachedLoad {
  const files = readProjectFiles(root);
  const parses = openParseCache(cacheDir);
  const claims = openClaimCache(cacheDir, files);
  const project = checkProject(files, { parseYaml: parses.parse, claimOutcomes: claims.outcomes });
  const kept = claims.stats();
  const parsed = parses.stats();
  const notes = [
    kept.hits > 0 ? `${kept.misses} claim file(s) checked, ${kept.hits} unchanged since the last build` : '',
    parsed.hits > 0 ? `uncommon front matter: ${parsed.misses} file(s) parsed, ${parsed.hits} unchanged` : '',
  ].filter(Boolean);
  return {
    project,
    note: notes.length > 0 ? ` (${notes.join('; ')})` : '',
    persist: () => {
      parses.save();
      claims.save();
    },
  };
}
