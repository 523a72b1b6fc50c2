/**
 * Which subject a figure is about. Subjects are found by name, alias or id in the text
 * (and by a distinctive first word of the name, "Claude" for the Claude model last named);
 * a figure takes the mention its sentence ties it to ("GPT-5.4’s 36.6%", "49.8% for
 * Aurora 1", a table column), else the one named before it in the sentence, else the one
 * the paragraph or heading was about, else the subject the article is mostly about.
 */
import type { Subject } from '../model.ts';

export interface Mention {
  subject: string;
  start: number;
  end: number;
  /** Found by a first word of the name only; resolved to the subject last named in full. */
  partial: boolean;
}

interface Surface {
  subject: string;
  text: string;
  partial: boolean;
}

export interface SubjectIndex {
  pattern: RegExp | undefined;
  bySurface: Map<string, Surface[]>;
  subjects: Map<string, Subject>;
  /** Claims per subject: an ambiguous first word ("Gemini") goes to the family member the claim base knows best. */
  claimCounts: ReadonlyMap<string, number>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => s.toLowerCase().replace(/[\s\-–—]+/g, ' ').replace(/[’]/g, "'");
/** Name words too common to stand for one subject on their own. */
const COMMON_FIRST = new Set(['the', 'open', 'new', 'pro', 'ultra', 'model', 'preview', 'super']);

export function indexSubjects(subjects: readonly Subject[], claimCounts: ReadonlyMap<string, number> = new Map()): SubjectIndex {
  const surfaces: Surface[] = [];
  const firstWords = new Map<string, Set<string>>();
  for (const s of subjects) {
    for (const text of [s.name, ...s.aliases]) {
      surfaces.push({ subject: s.id, text, partial: false });
      const [first, ...more] = text.split(/\s+/);
      // Only model families are called by their first word ("Claude", "Gemini"); "NVIDIA" alone is the company, not NVIDIA NeMo.
      if (s.kind === 'model' && more.length && /^\p{Lu}\p{Ll}{3,}$/u.test(first) && !COMMON_FIRST.has(first.toLowerCase())) {
        if (!firstWords.has(first)) firstWords.set(first, new Set());
        firstWords.get(first)!.add(s.id);
      }
    }
  }
  const full = new Set(surfaces.map((s) => key(s.text)));
  for (const [word, ids] of firstWords) {
    if (full.has(key(word))) continue;
    for (const id of ids) surfaces.push({ subject: id, text: word, partial: true });
  }
  const bySurface = new Map<string, Surface[]>();
  for (const s of surfaces) {
    const k = key(s.text);
    if (!bySurface.has(k)) bySurface.set(k, []);
    bySurface.get(k)!.push(s);
  }
  const alternatives = [...new Set(surfaces.map((s) => s.text))].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/(?:\\-|–|—|-|\s)+/g, '[\\s\\-–—]+'));
  // Case matters for short names ("o1", "Sora"), not for the rest; names never continue into a word or a version.
  const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}\\-–.])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\-–]|\\.\\d)`, 'gu') : undefined;
  return { pattern, bySurface, subjects: new Map(subjects.map((s) => [s.id, s])), claimCounts };
}

/** Mentions in `text` (offsets relative to it); partial names resolve through `recent`, the subjects last named in full. */
export function findMentions(ix: SubjectIndex, text: string, recent: readonly string[]): Mention[] {
  if (!ix.pattern) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(ix.pattern)) {
    const surfaces = ix.bySurface.get(key(m[0])) ?? [];
    const exact = surfaces.filter((s) => !s.partial);
    if (exact.length) {
      out.push({ subject: exact[0].subject, start: m.index, end: m.index + m[0].length, partial: false });
      continue;
    }
    const ids = surfaces.map((s) => s.subject);
    const known = [...ids].sort((a, b) => (ix.claimCounts.get(b) ?? 0) - (ix.claimCounts.get(a) ?? 0));
    const clear = known.length === 1 || (ix.claimCounts.get(known[0]) ?? 0) > (ix.claimCounts.get(known[1]) ?? 0);
    const resolved = recent.find((r) => ids.includes(r)) ?? (clear ? known[0] : undefined);
    if (resolved) out.push({ subject: resolved, start: m.index, end: m.index + m[0].length, partial: true });
  }
  return out;
}

const TIES_AFTER = /^\s*(?:\)|,)?\s*(?:for|of|by|from)\s+(?:the\s+|its\s+|rival\s+)?(?:\p{Lu}[\p{L}\p{N}.-]*['’]s\s+)?$/iu;
const TIES_BEFORE = /^(?:['’]s?|:|,?\s+(?:(?:which|who|that)\s+)?(?:at|scored|scores|reached|reaches|achieves|achieved|hits|posted|gets|got|with|of|on)?)\s*[(:]?\s*(?:(?:a|an|the)\s+)?(?:score\s+of\s+)?(?:about|around|nearly|over|roughly|approximately)?\s*$/i;
const COMPARE_BEFORE = /(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bagainst)\s*$/i;

/** The figure at `start` is the second half of a comparison ("94.2% vs 93.6%"), so it belongs to another subject than the first. */
export function comparedWithPrevious(text: string, start: number): boolean {
  return COMPARE_BEFORE.test(text.slice(0, start));
}

/** The subject a figure at [start, end) of `text` belongs to, from the mentions in the same sentence. */
export function subjectInSentence(text: string, mentions: readonly Mention[], start: number, end: number, not?: string): string | undefined {
  const usable = not ? mentions.filter((m) => m.subject !== not) : mentions;
  const after = usable.find((m) => m.start >= end && TIES_AFTER.test(text.slice(end, m.start)));
  if (after) return after.subject;
  const before = usable.filter((m) => m.end <= start);
  const tight = before.filter((m) => TIES_BEFORE.test(text.slice(m.end, start)));
  if (tight.length) return tight[tight.length - 1].subject;
  // A subject named as the object of a comparison ("the successor to its Aurora 1", "compared with GPT-5.4") is not what the sentence is about.
  const principal = before.filter((m) => !OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  if (principal.length) return principal[principal.length - 1].subject;
  if (before.length) return before[before.length - 1].subject;
  return undefined;
}

const OBJECT_BEFORE = /\b(?:to|than|over|from|with|against|versus|vs\.?|of|beat|beats|outpacing|outperforming)\s+(?:(?:its|the|their|rival|predecessor)\s+)?$/i;

/** A subject named only after the figure ("At 64.3%, Opus 4.7 leads"), unless it is what the figure is compared with. */
export function subjectAfter(text: string, mentions: readonly Mention[], end: number): string | undefined {
  return mentions.find((m) => m.start >= end && /^[\s,]*$/.test(text.slice(end, m.start)))?.subject;
}
