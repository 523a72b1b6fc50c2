/**
 * The analysis engine: a status for every claim and the flags every registered rule raises.
 * Pure and deterministic — the same corpus, in any order, gives the same Analysis.
 */
import { compareValues } from '../compare/index.ts';
import type { Analysis, ClaimAnalysis, Corpus } from '../model.ts';
import { defaultRules } from '../rules/index.ts';
import type { Rule } from '../rules/types.ts';
import { buildContext } from './context.ts';
import { sortFlags } from './flag.ts';
import { analyzeClaim } from './status.ts';

export { buildContext, buildIndex } from './context.ts';
export { flagId, makeFlag, sortFlags, stableHash } from './flag.ts';

export function analyze(corpus: Corpus, rules: readonly Rule[] = defaultRules): Analysis {
  const ctx = buildContext(corpus, compareValues);
  const claims = new Map<string, ClaimAnalysis>();
  for (const claim of ctx.index.claims) claims.set(claim.id, analyzeClaim(ctx, claim));
  const flags = sortFlags(rules.flatMap((rule) => rule.check(ctx)));
  return { claims, flags };
}
