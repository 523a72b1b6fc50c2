/**
 * The registered rules, in the order their flags are listed. To add a rule, write
 * `src/core/rules/<name>.ts` exporting a Rule and add it here; the engine needs no change.
 */
import { citationMismatch } from './citation-mismatch.ts';
import { internalInconsistency } from './internal-inconsistency.ts';
import { possibleMisreading } from './possible-misreading.ts';
import type { Rule } from './types.ts';
import { valueConflict } from './value-conflict.ts';

export type { CorpusIndex, ReportRef, Rule, RuleContext } from './types.ts';

export const defaultRules: readonly Rule[] = [valueConflict, possibleMisreading, citationMismatch, internalInconsistency];
