/** One call from a folder on disk to a validated, analysed corpus: used by the CLI, the site and the benchmark. */
import { analyze } from '../core/analyze/index.ts';
import type { InputFile } from '../core/parse/files.ts';
import type { Analysis } from '../core/model.ts';
import { validateProject, type ValidateOptions, type ValidationResult } from '../core/validate.ts';
import { readProjectFiles } from './read-project.ts';

export interface LoadedProject extends ValidationResult {
  analysis: Analysis;
}

export function loadProject(root: string, options: ValidateOptions = {}): LoadedProject {
  return loadProjectFiles(readProjectFiles(root), options);
}

/** The same from files already read, for a caller that looks at them first (the site's caches). */
export function loadProjectFiles(files: InputFile[], options: ValidateOptions = {}): LoadedProject {
  const result = validateProject(files, options);
  return { ...result, analysis: analyze(result.corpus) };
}
