/**
 * The analysis engine: a status for every claim and the flags every registered rule raises.
 * Pure and deterministic — the same corpus, in any order, gives the same Analysis.
 */
import { compareValues } from '../compare/index.ts';
import type { Analysis, ClaimAnalysis, Corpus, Flag } from '../model.ts';
import { defaultRules } from '../rules/index.ts';
import { kindsOf, ruleSet } from '../rules/registry.ts';
import type { Rule } from '../rules/types.ts';
import { buildContext } from './context.ts';
import { sortFlags } from './flag.ts';
import { analyzeClaim } from './status.ts';

export { buildContext, buildIndex } from './context.ts';
export { flagId, makeFlag, sortFlags, stableHash } from './flag.ts';

/** Runs `rules` (the registered ones unless a caller, such as a test, passes its own set). */
export function analyze(corpus: Corpus, rules: readonly Rule[] = defaultRules): Analysis {
  ruleSet(rules);
  const ctx = buildContext(corpus, compareValues);
  const claims = new Map<string, ClaimAnalysis>();
  for (const claim of ctx.index.claims) claims.set(claim.id, analyzeClaim(ctx, claim));
  const flags = sortFlags(rules.flatMap((rule) => ownFlags(rule, rule.check(ctx))), kindsOf(rules));
  return { claims, flags };
}

/**
 * The site files a flag under its kind's rule (label, description, weight), so a flag of
 * another kind would be shown under the wrong words: a programming error, stopped here.
 */
function ownFlags(rule: Rule, flags: Flag[]): Flag[] {
  const stray = flags.find((f) => f.kind !== rule.kind);
  if (stray) throw new Error(`The rule ${JSON.stringify(rule.kind)} raised a flag of kind ${JSON.stringify(stray.kind)}; a rule raises only flags of its own kind.`);
  return flags;
}
