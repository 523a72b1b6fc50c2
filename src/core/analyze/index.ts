/**
 * The analysis engine: a status for every claim and the flags every registered rule raises.
 * Pure and deterministic — the same corpus, in any order, gives the same Analysis.
 *
 * After the rules run, each flag gets its severity (declared by its rule), the verdict that
 * resolves it if any, and a sentence when it rests on an inferred or speculative report; then
 * every claim gets its status from the one status function (status.ts).
 */
import { compareValues } from '../compare/index.ts';
import type { Analysis, ClaimAnalysis, Corpus, Flag } from '../model.ts';
import { defaultRules } from '../rules/index.ts';
import { kindsOf, ruleSet } from '../rules/registry.ts';
import { severityOf, type Rule, type RuleContext } from '../rules/types.ts';
import { buildContext } from './context.ts';
import { listJoin, sourceName } from './describe.ts';
import { sortFlags } from './flag.ts';
import { claimStatus } from './status.ts';
import { withResolutions } from './verdicts.ts';

export { buildContext, buildIndex } from './context.ts';
export { flagId, makeFlag, sortFlags, stableHash } from './flag.ts';
export { claimStatus } from './status.ts';
export { verdictDiagnostics } from './verdicts.ts';

/** Runs `rules` (the registered ones unless a caller, such as a test, passes its own set). */
export function analyze(corpus: Corpus, rules: readonly Rule[] = defaultRules): Analysis {
  ruleSet(rules);
  const ctx = buildContext(corpus, compareValues);
  const raised = rules.flatMap((rule) => ownFlags(rule, rule.check(ctx)).map((f) => ({ ...withCaveats(ctx, f), severity: severityOf(rule, f, ctx) })));
  const flags = withResolutions(sortFlags(raised, kindsOf(rules)), ctx.index.claimById);
  const statusOfKind = new Map(rules.map((r) => [r.kind, r.claimStatus]));
  const byClaim = new Map<string, Flag[]>();
  for (const f of flags) for (const c of new Set(f.claims)) byClaim.set(c, [...(byClaim.get(c) ?? []), f]);
  const claims = new Map<string, ClaimAnalysis>();
  for (const claim of ctx.index.claims) {
    const own = (byClaim.get(claim.id) ?? []).map((flag) => ({ flag, claimStatus: statusOfKind.get(flag.kind) }));
    claims.set(claim.id, claimStatus(ctx, { claim, flags: own }));
  }
  return { claims, flags };
}

/**
 * A flag that rests on a report the source does not state in words, or only speculates, says
 * so: a reader should weigh it accordingly.
 */
function withCaveats(ctx: RuleContext, flag: Flag): Flag {
  const inferred = [...new Set(flag.values.filter((v) => v.inferred).map((v) => sourceName(ctx, v.source)))];
  const speculative = [...new Set(flag.values.filter((v) => v.stance === 'speculates').map((v) => sourceName(ctx, v.source)))];
  const denied = [...new Set(flag.values.filter((v) => v.stance === 'denies').map((v) => sourceName(ctx, v.source)))];
  const notes = [
    inferred.length ? `It rests in part on an editor's reading that ${listJoin(inferred)} ${inferred.length > 1 ? 'do' : 'does'} not state in words.` : '',
    speculative.length ? `${listJoin(speculative)} only ${speculative.length > 1 ? 'speculate' : 'speculates'} about the value.` : '',
    denied.length ? `${listJoin(denied)} ${denied.length > 1 ? 'deny' : 'denies'} the value rather than stating it.` : '',
  ].filter(Boolean);
  return notes.length ? { ...flag, explanation: `${flag.explanation} ${notes.join(' ')}` } : flag;
}

/**
 * The site files a flag under its kind's rule (label, description, severity), so a flag of
 * another kind would be shown under the wrong words: a programming error, stopped here.
 */
function ownFlags(rule: Rule, flags: Flag[]): Flag[] {
  const stray = flags.find((f) => f.kind !== rule.kind);
  if (stray) throw new Error(`The rule ${JSON.stringify(rule.kind)} raised a flag of kind ${JSON.stringify(stray.kind)}; a rule raises only flags of its own kind.`);
  return flags;
}
