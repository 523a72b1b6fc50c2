/**
 * Independent origins: how many separate voices stand behind a set of reports.
 *
 * A report's origin is the upstream it credits (`via`) when it names one, otherwise its own
 * source; a source that declares a `family` (same publisher, syndicated copy, same generator)
 * stands for its whole family. Reports are then joined when they share an origin, and a
 * report through an upstream is joined to its family's other reports too: two sibling articles
 * that each credit a different "[1]" are still one generator, so they count once.
 */
import type { Report, Source, Stance } from '../model.ts';

/** What a report contributes to corroboration; an inferred or speculative report contributes nothing. */
export function corroborates(report: Pick<Report, 'inferred' | 'stance'>): boolean {
  return report.inferred !== true && !weakStance(report.stance);
}

/** Stances that do not put a value forward as true. */
export function weakStance(stance: Stance | undefined): boolean {
  return stance === 'speculates' || stance === 'denies';
}

/** The family a source belongs to: its declared family, or itself. */
export function familyOf(sources: ReadonlyMap<string, Source>, id: string): string {
  return sources.get(id)?.family ?? id;
}

/**
 * The keys a report counts under: its upstream (or, without one, its source), each as its
 * family; a source with a declared family adds the family too, tying all its reports together.
 */
function originKeys(sources: ReadonlyMap<string, Source>, r: Pick<Report, 'source' | 'via'>): string[] {
  const own = familyOf(sources, r.source);
  if (r.via === undefined) return [own];
  const upstream = familyOf(sources, r.via);
  return sources.get(r.source)?.family !== undefined ? [upstream, own] : [upstream];
}

/**
 * The independent origins among `reports`, each the sorted list of the keys (upstream, source or
 * family ids) that count as one, in sorted order. Pure: the same reports in any order, the same groups.
 */
export function originGroups(sources: ReadonlyMap<string, Source>, reports: ReadonlyArray<Pick<Report, 'source' | 'via'>>): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const r of reports) {
    const keys = originKeys(sources, r);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) {
      const [a, b] = [find(keys[0]), find(k)];
      // The smaller id becomes the root, so the result does not depend on report order.
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of [...parent.keys()].sort()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  const label = (g: string[]) => g.join('+');
  return [...groups.values()].sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0));
}

/** A report as origins are counted: where it comes from, and whether it puts its value forward as true. */
export type OriginReport = Pick<Report, 'source' | 'via'> & Partial<Pick<Report, 'inferred' | 'stance' | 'claimant'>>;

/**
 * The distinct origins of the reports that corroborate (inferred, speculative and denying
 * reports count for nothing), sorted, each named by the ids that count as one ("nvidia-blog" or
 * "family-x+source-y"). Camps, charts, flag summaries and the claim's status all count this way.
 * Without the corpus's sources, families are not known and each upstream or source is its own.
 */
export function independentOrigins(reports: readonly OriginReport[], sources: ReadonlyMap<string, Source> = new Map()): string[] {
  return originGroups(sources, reports.filter((r) => corroborates(r))).map((g) => g.join('+'));
}

/** How many independent origins stand behind `reports`. */
export function countOrigins(sources: ReadonlyMap<string, Source>, reports: ReadonlyArray<Pick<Report, 'source' | 'via'>>): number {
  return originGroups(sources, reports).length;
}
