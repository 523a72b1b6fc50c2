/**
 * Claim status: contested when any two reports cannot both be true; otherwise corroborated
 * when at least two independent origins (the cited upstream, or the source itself) back it.
 * Two articles repeating the same upstream count once.
 */
import type { Claim, ClaimAnalysis } from '../model.ts';
import type { RuleContext } from '../rules/types.ts';

export function analyzeClaim(ctx: RuleContext, claim: Claim): ClaimAnalysis {
  const reports = claim.reports;
  const disagreeing = new Set<number>();
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (!ctx.compare(reports[i].value, reports[j].value).agree) {
        disagreeing.add(i);
        disagreeing.add(j);
      }
    }
  }
  const origins = [...new Set(reports.map((r) => r.via ?? r.source))].sort();
  const status = disagreeing.size > 0 ? 'contested' : origins.length >= 2 ? 'corroborated' : 'single-source';
  return { claim: claim.id, status, origins, disagreeing: [...disagreeing].sort((a, b) => a - b) };
}
