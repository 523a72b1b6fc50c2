/**
 * A project checked and analysed: what `npm run check`, the site build and the benchmark all
 * work from. Pure: it takes files already read (src/node/read-project.ts reads a folder).
 */
import { analyze } from './analyze/index.ts';
import type { Analysis } from './model.ts';
import type { InputFile } from './parse/files.ts';
import { validateProject, type ValidateOptions, type ValidationResult } from './validate.ts';

export interface LoadedProject extends ValidationResult {
  analysis: Analysis;
}

export function checkProject(files: InputFile[], options: ValidateOptions = {}): LoadedProject {
  const result = validateProject(files, options);
  return { ...result, analysis: analyze(result.corpus) };
}
