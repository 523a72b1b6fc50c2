/**
 * The one place a claim's status is decided. Everything that shows or exports a status (the
 * pages, search, /api/claims.json, reports.csv) reads what `claimStatus` returns here.
 *
 * Strongest first: an open flag decides, by the status its rule declares (contested,
 * inconsistent, disputed reading); with no open flag of those kinds, a verdict makes the claim
 * resolved; otherwise what agrees decides: corroborated by two or more independent origins,
 * or single source. Inferred and speculative reports and denials never corroborate.
 */
import type { Claim, ClaimAnalysis, ClaimStatus, Flag } from '../model.ts';
import { differentBaselines } from '../rules/causes.ts';
import type { FlagClaimStatus, RuleContext } from '../rules/types.ts';
import { claimList, claimName, listJoin, sourceName } from './describe.ts';
import { claimCampSplit, disagreeingReports } from './camps.ts';
import { corroborates, originGroups } from './independence.ts';
import { sameMoment } from './time.ts';

/** The statuses open flags can give, strongest first. */
const FLAG_STATUS_ORDER: readonly FlagClaimStatus[] = ['contested', 'inconsistent', 'disputed-reading'];

export interface StatusInput {
  claim: Claim;
  /** Flags naming the claim, each with the status its rule gives an open flag. */
  flags: ReadonlyArray<{ flag: Flag; claimStatus?: FlagClaimStatus }>;
}

/** The other claims a set of flags names, by name. */
function otherClaims(ctx: RuleContext, claim: Claim, flags: Flag[]): string[] {
  const ids = [...new Set(flags.flatMap((f) => f.claims))].filter((c) => c !== claim.id).sort();
  return ids.map((id) => {
    const other = ctx.index.claimById.get(id);
    return other ? claimName(ctx, other) : id;
  });
}

/** One-line reasons, naming the flag behind the status: who disagrees, who contradicts itself, what else the figure is read as. */
function flagReason(ctx: RuleContext, claim: Claim, status: FlagClaimStatus, flags: Flag[]): string {
  const ids = [...new Set(flags.flatMap((f) => f.sources))].sort();
  const sources = listJoin(ids.map((id) => sourceName(ctx, id)));
  const more = flags.length > 1 ? ` (${flags.length} flags)` : '';
  if (status === 'contested') {
    // As the flag explains (value-conflict.ts): figures against different baselines may both be true.
    if (flags.every((f) => differentBaselines(f.values))) return `A possible value conflict between ${sources}: they measure against different baselines, so both may be right. No verdict has resolved it${more}.`;
    return `A value conflict between ${sources}, not resolved by a verdict${more}.`;
  }
  if (status === 'inconsistent') {
    const others = otherClaims(ctx, claim, flags);
    // Claim names hold commas ("API price, input"): name them in a list a reader can count.
    const across = others.length ? ` across ${others.length === 1 ? 'two' : others.length === 2 ? 'three' : others.length + 1} claims: ${claimList(['this one', ...others])}` : '';
    return `An internal inconsistency: ${sources} ${ids.length > 1 ? 'contradict themselves' : 'contradicts itself'}${across}${more}.`;
  }
  const others = otherClaims(ctx, claim, flags);
  return `A possible misreading: the same figure is read as this claim and as ${claimList(others) || 'another claim'}${more}.`;
}

/**
 * Independent origins that agree. For a time-varying property, only reports of one moment can
 * confirm each other: a series of values at different dates is not corroboration, so the
 * count is the best of any one date.
 */
function agreeingOrigins(ctx: RuleContext, claim: Claim, firm: Claim['reports']): number {
  if (!ctx.index.propertyById.get(claim.property)?.timeVarying) return originGroups(ctx.index.sourceById, firm).length;
  let best = 0;
  for (const r of firm) {
    const together = firm.filter((o) => sameMoment(ctx, claim.property, r, o));
    best = Math.max(best, originGroups(ctx.index.sourceById, together).length);
  }
  return best;
}

export function claimStatus(ctx: RuleContext, input: StatusInput): ClaimAnalysis {
  const { claim } = input;
  const reports = claim.reports;
  // The rows a reader sees marked on the claim's page: the camps that disagree with the verdict
  // or with the leading camp, or both sides of a split (camps.ts), never every row of a conflict.
  const timeVarying = ctx.index.propertyById.get(claim.property)?.timeVarying === true;
  // One report disagrees with nothing: most claims need no camps at all.
  const disagreeing = new Set(reports.length < 2 ? [] : disagreeingReports(claimCampSplit(claim, { sources: ctx.index.sourceById, timeVarying, compare: ctx.compare })));
  const open = input.flags.filter((f) => !f.flag.resolved);
  const resolved = input.flags.filter((f) => f.flag.resolved);
  const verdict = claim.verdict;
  // A verdict that finds the reports compatible, having resolved their conflict, says none disagrees.
  if (verdict?.rating === 'compatible' && resolved.some((f) => f.claimStatus === 'contested')) disagreeing.clear();
  // With a settled value, the reports that agree with it are the ones that corroborate.
  const agrees = (i: number) => (verdict?.typed ? ctx.compare(reports[i].value, verdict.typed).agree : !disagreeing.has(i));
  const firm = reports.filter((r, i) => corroborates(r) && agrees(i));
  const groups = originGroups(ctx.index.sourceById, reports.filter(corroborates));
  const agreeing = agreeingOrigins(ctx, claim, firm);
  const base = {
    claim: claim.id,
    origins: groups.map((g) => g.join('+')),
    independentOrigins: agreeing,
    disagreeing: [...disagreeing].sort((a, b) => a - b),
    openFlags: [...new Set(open.map((f) => f.flag.id))].sort(),
    resolvedFlags: [...new Set(resolved.map((f) => f.flag.id))].sort(),
  };
  const decide = (status: ClaimStatus, reason: string): ClaimAnalysis => ({ ...base, status, reason });

  for (const status of FLAG_STATUS_ORDER) {
    const deciding = open.filter((f) => f.claimStatus === status).map((f) => f.flag);
    if (deciding.length > 0) return decide(status, flagReason(ctx, claim, status, deciding));
  }
  if (claim.verdict) {
    const settled = resolved.length === 0 ? '' : ` It resolves ${resolved.length === 1 ? 'one flag' : `${resolved.length} flags`}.`;
    return decide('resolved', `An editor rated it ${claim.verdict.rating} (${claim.verdict.reviewer}, ${claim.verdict.reviewed}).${settled}`);
  }
  if (agreeing >= 2) return decide('corroborated', `${agreeing} independent origins agree.`);
  const weak = reports.length - reports.filter(corroborates).length;
  const uncounted = weak === 0 ? '' : ` (${weak === 1 ? 'one inferred or speculative report is' : `${weak} inferred or speculative reports are`} not counted)`;
  if (groups.length === 0) return decide('single-source', 'Only inferred or speculative reports: nothing states it as fact.');
  if (groups.length > 1) return decide('single-source', `${groups.length} independent origins, but no two at the same date: a series of values, not corroboration${uncounted}.`);
  return decide('single-source', `One independent origin${reports.length - weak > 1 ? ` behind ${reports.length - weak} reports` : ''}; nothing confirms or contradicts it yet${uncounted}.`);
}
