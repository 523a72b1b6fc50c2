/**
 * A project checked and analysed: what `npm run check`, the site build and the benchmark all
 * work from. Pure: it takes files already read (src/node/read-project.ts reads a folder).
 */
import { analyze, verdictDiagnostics } from './analyze/index.ts';
import { siblingDiagnostics } from './analyze/siblings.ts';
import type { Analysis } from './model.ts';
import type { InputFile } from './parse/files.ts';
import { validateProject, type ValidateOptions, type ValidationResult } from './validate.ts';

export interface LoadedProject extends ValidationResult {
  analysis: Analysis;
}

export function checkProject(files: InputFile[], options: ValidateOptions = {}): LoadedProject {
  const result = validateProject(files, options);
  const analysis = analyze(result.corpus);
  // Checks that need the whole corpus or its flags: they come after the per-file checks.
  const late = [...siblingDiagnostics(result.corpus.sources), ...verdictDiagnostics(result.corpus.claims, analysis.flags)];
  if (late.length === 0) return { ...result, analysis };
  return { ...result, diagnostics: [...result.diagnostics, ...late], analysis };
}
