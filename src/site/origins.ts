/**
 * How many independent origins back a set of reports: the one place the site counts them, so
 * camps, charts and flag summaries agree with the claim's status. The engine's rule
 * (src/core/analyze/independence.ts): a report's origin is the upstream it credits (`via`), else
 * its source, each taken as its declared family, so two articles repeating one upstream, or two
 * sibling articles of one family, count once; inferred, speculative and denying reports put no
 * value forward as true and count for nothing.
 */
import type { Report, Source } from '../core/model.ts';
import { corroborates, originGroups } from '../core/analyze/independence.ts';

export type OriginReport = Pick<Report, 'source' | 'via'> & Partial<Pick<Report, 'inferred' | 'stance'>>;

/**
 * The distinct origins of the reports, sorted, each named by the ids that count as one
 * ("nvidia-blog" or "family-x+source-y"). Without the corpus's sources, families are not known
 * and each upstream or source is its own origin.
 */
export function independentOrigins(reports: readonly OriginReport[], sources: ReadonlyMap<string, Source> = new Map()): string[] {
  return originGroups(sources, reports.filter((r) => corroborates(r))).map((g) => g.join('+'));
}
