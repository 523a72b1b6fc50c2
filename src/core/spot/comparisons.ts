/**
 * Figures that stand in a comparison between two subjects, which a reader resolves from what
 * the article said before rather than from the nearest name:
 * - a lead ("a margin of 13.3 points") equal to the gap between two scores on one benchmark the
 *   article stated: the higher scorer's lead over the lower one;
 * - the second figure of "64.3% to 58.6%": another subject's, like "94.2% vs 93.6%";
 * - an earlier value ("up from $2.50", "from $2.50 to $5.30"): the predecessor's, when the sentence,
 *   heading or title says which model it is compared with;
 * - the `versus` of a comparison property the sentence does not name: the model compared with before.
 */
import type { Corpus, Property } from '../model.ts';
import type { Figure } from './figures.ts';
import { findMentions, type Mention, type SubjectIndex } from './subjects.ts';

export interface ComparisonIndex {
  /** For a benchmark score property, the property of a lead over another model on it ("Terminal-Bench 2.0 lead"). */
  leads: Map<string, Property>;
  /** For a lead property, the score property it is a lead on. */
  leadBases: Map<string, Property>;
  /** The model each model succeeded, as the subjects' descriptions say ("the model that GPT-5.5 succeeded"). */
  predecessors: Map<string, string>;
}

/** A score stated earlier in the article. */
export interface Scored {
  subject: string;
  property: string;
  value: number;
}

export const comparesWith = (p: Property) => /`versus`/.test(p.description);

export function indexComparisons(corpus: Corpus, subjects: SubjectIndex): ComparisonIndex {
  const leads = new Map<string, Property>();
  const bare = (label: string) => label.toLowerCase();
  for (const lead of corpus.properties) {
    if (lead.type !== 'number' || !comparesWith(lead)) continue;
    // The longest score label the lead's label contains is the score it is a lead on.
    const base = corpus.properties
      .filter((p) => p.type === 'percent' && p.id !== lead.id && bare(lead.label).includes(bare(p.label)))
      .sort((a, b) => b.label.length - a.label.length)[0];
    if (base && !leads.has(base.id)) leads.set(base.id, lead);
  }
  const predecessors = new Map<string, string>();
  for (const s of corpus.subjects) {
    if (!/\b(?:predecessor|succeeded|superseded|replaced by)\b/i.test(s.description ?? '')) continue;
    for (const m of findMentions(subjects, s.description ?? '', [])) if (m.subject !== s.id && !m.partial) predecessors.set(m.subject, s.id);
  }
  return { leads, leadBases: new Map([...leads].map(([base, lead]) => [lead.id, corpus.properties.find((p) => p.id === base)!])), predecessors };
}

const APPROX = /^(?:about|around|roughly|nearly|almost|approximately|some|an estimated|~)\b/i;

/**
 * A figure in points ("a margin of 13.3 points", "a 13-point lead") that equals, to the precision
 * written, the gap between two scores on one benchmark stated earlier: the lead of the higher over the lower.
 */
export function leadFromScores(cx: ComparisonIndex, f: Figure, scores: readonly Scored[], matched: Property | undefined): { subject: string; property: Property; versus: string } | undefined {
  const isLead = !!matched && [...cx.leads.values()].includes(matched);
  if (f.type !== 'number' || !(isLead || /\bpoints?\b/i.test(`${f.written} ${f.unit ?? ''}`))) return undefined;
  const v = (f.value as { value?: number }).value;
  if (v === undefined) return undefined;
  const decimals = /\.(\d+)/.exec(f.entry)?.[1].length ?? 0;
  const tolerance = (APPROX.test(f.written) ? 1 : 0.5) * 10 ** -decimals + 1e-9;
  // The most recent pair first: the comparison the sentence follows.
  const recent = scores.slice(-24);
  for (let i = recent.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) {
      const [a, b] = [recent[i], recent[j]];
      const lead = cx.leads.get(a.property);
      if (!lead || a.property !== b.property || a.subject === b.subject) continue;
      if (Math.abs(Math.abs(a.value - b.value) - v) > tolerance) continue;
      const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
      return { subject: hi.subject, property: lead, versus: lo.subject };
    }
  }
  return undefined;
}

/** "64.3% to 58.6%": two figures joined by "to" without a "from" before them compare two subjects. */
export function pairedByTo(text: string, prev: Figure | undefined, f: Figure): boolean {
  if (!prev || prev.type !== f.type) return false;
  return /^\s*to\s*$/i.test(text.slice(prev.end, f.start)) && !/\bfrom\s*$/i.test(text.slice(0, prev.start));
}

/**
 * An earlier value: the figure after "up from" / "down from" that follows another figure, or a figure
 * between "from" and a "to" that another figure follows ("from $2.50/$15 (input/output) to $5.30/$30").
 */
export function earlierValue(text: string, figures: readonly Figure[], i: number): 'after-previous' | 'from-to' | undefined {
  const f = figures[i];
  const prev = figures[i - 1];
  if (prev && /^[\s,;]*(?:(?:up|down|rising|falling|climbing|dropping)\s+)?from\s*$/i.test(text.slice(prev.end, f.start)) && !/^\s*to\b/i.test(text.slice(f.end))) return 'after-previous';
  const from = text.slice(0, f.start).search(/\bfrom\s+[^;]*$/i);
  if (from < 0) return undefined;
  const to = /^[^;]*?\bto\s+/i.exec(text.slice(f.end));
  if (!to) return undefined;
  const target = f.end + to[0].length;
  return figures.some((g) => g.start === target && g.type === f.type) ? 'from-to' : undefined;
}

const PREDECESSOR_WORDS = /\b(?:its|the|their)\s+(?:predecessor|previous\s+(?:model|version|generation)|prior\s+(?:model|version))\b/i;
const COMPARED_BEFORE = /\b(?:than|since|over|compared\s+(?:to|with)|versus|vs\.?|from)\s+(?:the\s+|its\s+)?$/i;

/**
 * The model a subject's figure is compared with: a model of the same kind the sentence names after
 * "than", "since", "compared with"…; else its predecessor when the sentence says "its predecessor";
 * else one the heading or title compares with ("what changed since GPT-5.4").
 */
export function comparedSubject(sx: SubjectIndex, cx: ComparisonIndex, subject: string, sentence: string, mentions: readonly Mention[], frames: readonly string[]): string | undefined {
  const kind = sx.subjects.get(subject)?.kind;
  const sameKind = (m: Mention) => m.subject !== subject && sx.subjects.get(m.subject)?.kind === kind;
  const named = (text: string, ms: readonly Mention[]) => ms.find((m) => sameKind(m) && COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))?.subject;
  const inSentence = named(sentence, mentions);
  if (inSentence) return inSentence;
  if (PREDECESSOR_WORDS.test(sentence) && cx.predecessors.has(subject)) return cx.predecessors.get(subject);
  for (const frame of frames) {
    const found = named(frame, findMentions(sx, frame, []));
    if (found) return found;
  }
  return undefined;
}

const DIFFERENCE_AFTER = /^[\s-]*(?:(?:percentage[\s-]+)?points?[\s-]+)?(?:(clear\s+of|ahead\s+of|lead|margin|gap|advantage|edge|more\s+than|higher\s+than|above)|(behind|short\s+of|less\s+than|lower\s+than|below|deficit))\b/i;

/**
 * "three points clear of X", "a 13-point lead", "two points behind X": a gap between two scores, not a
 * score. `behind` says the named model is the one ahead.
 */
export interface Difference {
  side: 'ahead' | 'behind';
  /** "A leads B by 13 points": where the verb stands; A is named before it, B between it and the figure. */
  verb?: { start: number; end: number };
}

export function differenceOf(text: string, f: Figure): Difference | undefined {
  if (f.type !== 'number') return undefined;
  const by = /\b(?:(trails?|trailing|behind|lags?|lagging)|leads?|leading|ahead|wins?|winning|beats?|beating|tops?|topping|edges?|edged|edging|outscor\w*|outperform\w*|outpac\w*)\b((?:\s+\S+){0,5}?)\s+by\s+$/i.exec(text.slice(0, f.start));
  if (by) return { side: by[1] ? 'behind' : 'ahead', verb: { start: by.index, end: by.index + /^\S+/.exec(by[0])![0].length } };
  const m = DIFFERENCE_AFTER.exec(text.slice(f.end));
  if (!m) return undefined;
  return { side: m[2] ? 'behind' : 'ahead' };
}
