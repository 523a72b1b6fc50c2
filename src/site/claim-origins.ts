/**
 * The line under a claim's status: how many reports, from how many independent origins, and how
 * they stand. It must never say "all agreeing" beside a camp marked as disagreeing, so it reads
 * the same camp split as the camps and the rows (src/core/analyze/camps.ts).
 */
import type { Claim, ClaimAnalysis } from '../core/model.ts';
import { claimCamps } from './claim-camps.ts';
import { plural } from './format.ts';
import type { SiteData } from './site-data.ts';

export function originsLine(data: SiteData, claim: Claim, analysis: ClaimAnalysis | undefined): string {
  const reports = plural(claim.reports.length, 'report');
  const origins = analysis?.origins.length ?? 0;
  if (origins === 0) return `${reports}, inferred or speculative only: no independent origin states it`;
  const head = `${reports} from ${plural(origins, 'independent origin')}`;
  if (claim.reports.length === 1) return head;
  const split = claimCamps(data, claim);
  const odd = analysis?.disagreeing.length ?? 0;
  const agreeing = analysis?.independentOrigins ?? 0;
  if (split.split) return `${head}, ${split.sameOrigin ? 'one origin giving different values' : 'split between camps with as many origins each'}`;
  if (odd > 0) {
    const side = split.camps.some((c) => c.standing === 'verdict') ? "the verdict's value" : 'the leading camp';
    return `${head}: ${agreeing} behind ${side}, ${plural(odd, 'report')} ${odd === 1 ? 'disagrees' : 'disagree'}`;
  }
  if (origins === 1) return head;
  // A time-varying figure: origins at different dates form a series rather than agreeing.
  return agreeing === origins ? `${head}, all agreeing` : `${head}, at most ${agreeing} at any one date`;
}
