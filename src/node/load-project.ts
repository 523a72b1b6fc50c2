/** One call from a folder on disk to a validated, analysed corpus: used by the CLI, the site and the benchmark. */
import { analyze } from '../core/analyze/index.ts';
import type { Analysis } from '../core/model.ts';
import { validateProject, type ValidateOptions, type ValidationResult } from '../core/validate.ts';
import { readProjectFiles } from './read-project.ts';

export interface LoadedProject extends ValidationResult {
  analysis: Analysis;
}

export function loadProject(root: string, options: ValidateOptions = {}): LoadedProject {
  const result = validateProject(readProjectFiles(root), options);
  return { ...result, analysis: analyze(result.corpus) };
}

