/**
 * Independent origins: how many separate voices stand behind a set of reports.
 *
 * A report's origin is the upstream it credits (`via`) when it names one, otherwise its own
 * source; a source that declares a `family` (same publisher, syndicated copy, same generator)
 * stands for its whole family. Reports are then joined when they share an origin, and a
 * report through an upstream is joined to its family's other reports too: two sibling articles
 * that each credit a different "[1]" are still one generator, so they count once.
 *
 * A report that relays someone's words (`stance: reports` with a `claimant`) counts under that
 * claimant too: two articles that each write "OpenAI says…" are one voice, OpenAI's, and so is a
 * report through an upstream that OpenAI published. Claimants are matched by name, ignoring case,
 * punctuation and what follows a possessive ("OpenAI's announcement" is OpenAI).
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

type Counted = Pick<Report, 'source' | 'via'> & Partial<Pick<Report, 'stance' | 'claimant'>>;

/** A claimant or publisher as a key: "OpenAI's announcement", "OpenAI" and "openai" are one. */
export function voiceKey(name: string): string {
  const owner = name.split(/['’]s(?![\p{L}\p{N}])/u)[0]!;
  return `voice:${owner.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** The claimant whose words a report relays, as a key; none for a report that states the value itself. */
function relayed(r: Counted): string | undefined {
  return r.stance === 'reports' && r.claimant !== undefined && r.claimant.trim() !== '' ? voiceKey(r.claimant) : undefined;
}

/**
 * The keys a report counts under: its upstream (or, without one, its source), each as its
 * family; a source with a declared family adds the family too, tying all its reports together.
 * `voices` are the claimants relayed among the reports counted together: a report relaying one,
 * or coming from a source that one of them published, adds that claimant's key.
 */
function originKeys(sources: ReadonlyMap<string, Source>, r: Counted, voices: ReadonlySet<string>): string[] {
  const own = familyOf(sources, r.source);
  const keys = r.via === undefined ? [own] : sources.get(r.source)?.family !== undefined ? [familyOf(sources, r.via), own] : [familyOf(sources, r.via)];
  const claimant = relayed(r);
  if (claimant !== undefined) keys.push(claimant);
  const publisher = sources.get(r.via ?? r.source)?.publisher;
  if (publisher !== undefined && voices.has(voiceKey(publisher))) keys.push(voiceKey(publisher));
  return keys;
}

/**
 * The independent origins among `reports`, each the sorted list of the keys (upstream, source or
 * family ids) that count as one, in sorted order. Pure: the same reports in any order, the same groups.
 */
export function originGroups(sources: ReadonlyMap<string, Source>, reports: ReadonlyArray<Counted>): string[][] {
  const voices = new Set(reports.flatMap((r) => relayed(r) ?? []));
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const r of reports) {
    const keys = originKeys(sources, r, voices);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) {
      const [a, b] = [find(keys[0]), find(k)];
      // The smaller id becomes the root, so the result does not depend on report order.
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  // Claimants only join reports; a group is named by the source, upstream and family ids in it.
  for (const k of [...parent.keys()].sort()) if (!k.startsWith('voice:')) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
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
export function countOrigins(sources: ReadonlyMap<string, Source>, reports: ReadonlyArray<Counted>): number {
  return originGroups(sources, reports).length;
}
