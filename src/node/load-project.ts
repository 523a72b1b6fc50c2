/** One call from a folder on disk to a validated, analysed corpus: used by the CLI, the site and the benchmark. */
import { analyze } from '../core/analyze/index.ts';
import type { Analysis } from '../core/model.ts';
import { validateProject, type ValidateOptions, type ValidationResult } from '../core/validate.ts';
import { openParseCache } from './parse-cache.ts';
import { readProjectFiles } from './read-project.ts';

export interface LoadedProject extends ValidationResult {
  analysis: Analysis;
}

export function loadProject(root: string, options: ValidateOptions = {}): LoadedProject {
  const result = validateProject(readProjectFiles(root), options);
  return { ...result, analysis: analyze(result.corpus) };
}

export interface CachedLoad {
  project: LoadedProject;
  /** Front matter files parsed, and read back unchanged from the cache. */
  parsed: number;
  unchanged: number;
}

/** As loadProject, keeping front matter parses in `cacheDir` between runs (src/node/parse-cache.ts). */
export function loadProjectCached(root: string, cacheDir: string): CachedLoad {
  const cache = openParseCache(cacheDir);
  const project = loadProject(root, { parseYaml: cache.parse });
  cache.save();
  const { hits, misses } = cache.stats();
  return { project, parsed: misses, unchanged: hits };
}
