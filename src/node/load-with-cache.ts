/**
 * Loading the project the way a site build does: with the front matter parse cache
 * (src/node/parse-cache.ts) and the claim cache (src/node/claim-cache.ts) kept in Astro's
 * cacheDir. Used in the build worker that loads the data while Astro starts up, and by the
 * content loader when no worker did (dev server, fallback).
 */
import { openClaimCache } from './claim-cache.ts';
import { loadProjectFiles, type LoadedProject } from './load-project.ts';
import { openParseCache } from './parse-cache.ts';
import { readProjectFiles } from './read-project.ts';
import type { Statement } from '../core/statement.ts';

export interface Load {
  project: LoadedProject;
  /** What the caches spared, for the build log; empty without a cache or a hit. */
  note: string;
}

export interface CachedLoad {
  load: Load;
  /** Writes the caches for the next build; a caller in a hurry hands the load over first. */
  persist(): void;
}

/** `onStatement` gets what the files state before claims are checked (src/core/statement.ts). */
export function loadWithCaches(root: string, cacheDir: string | undefined, onStatement?: (statement: Statement) => void): CachedLoad {
  const files = readProjectFiles(root);
  if (!cacheDir) return { load: { project: loadProjectFiles(files, { onStatement }), note: '' }, persist: () => {} };
  const parses = openParseCache(cacheDir);
  const claims = openClaimCache(cacheDir, files);
  const project = loadProjectFiles(files, { parseYaml: parses.parse, claimOutcomes: claims.outcomes, onStatement });
  const kept = claims.stats();
  const parsed = parses.stats();
  const notes = [
    kept.hits > 0 ? `${kept.misses} claim file(s) checked, ${kept.hits} unchanged since the last build` : '',
    parsed.hits > 0 ? `uncommon front matter: ${parsed.misses} file(s) parsed, ${parsed.hits} unchanged` : '',
  ].filter(Boolean);
  return {
    load: { project, note: notes.length > 0 ? ` (${notes.join('; ')})` : '' },
    persist: () => {
      parses.save();
      claims.save();
    },
  };
}

/** Loads and writes the caches at once. */
export function loadWithCache(root: string, cacheDir: string | undefined, onStatement?: (statement: Statement) => void): Load {
  const { load, persist } = loadWithCaches(root, cacheDir, onStatement);
  persist();
  return load;
}
