/**
 * A figure's finding concluded (its claim and relation), and read again when it stands in a
 * comparison (comparisons.ts): a lead or a gap between two scores, an earlier value, the object
 * of a comparison named where its subject would be.
 */
import { claimId } from '../ids.ts';
import type { Property, Source } from '../model.ts';
import { withPropertyBasis } from '../validate-claim.ts';
import { readValue } from '../values/in-context.ts';
import { parseValue } from '../values/index.ts';
import { comparedSubject, comparesWith, differenceOf, earlierValue, leadFromScores, type Scored } from './comparisons.ts';
import type { Figure } from './figures.ts';
import type { Finding } from './finding.ts';
import type { Context, SpotIndex } from './reading.ts';
import { clauseAfter } from './properties.ts';
import { relate } from './relation.ts';
import type { BodyLine, Sentence } from './segment.ts';
import type { Mention } from './subjects.ts';

export function versusOf(ix: SpotIndex, property: Property, subject: string, sentence: string, mentions: readonly Mention[], figureEnd: number, recent: readonly string[]): Record<string, string> | undefined {
  if (!comparesWith(property)) return undefined;
  // A model is compared with a model, not with its maker.
  const kind = ix.subjects.subjects.get(subject)?.kind;
  const others = mentions.filter((m) => m.subject !== subject && ix.subjects.subjects.get(m.subject)?.kind === kind);
  const marked = others.find((m) => /\b(?:over|than|versus|vs\.?|against|beat|beats|beating|from|(?:clear|ahead|short)\s+of|behind)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 20), m.start)));
  const pick = marked ?? others.find((m) => m.start >= figureEnd) ?? others[0];
  if (pick) return { versus: pick.subject };
  // Not named in the sentence: "its predecessor", else the model of that kind last named.
  const earlier = comparedSubject(ix.subjects, ix.comparisons, subject, sentence, [], []) ?? recent.find((id) => id !== subject && ix.subjects.subjects.get(id)?.kind === kind);
  return earlier ? { versus: earlier } : undefined;
}

/** The score property (a benchmark) whose label the figure's clause writes nearest it, else the sentence before it. */
function nearestScoreLabel(ix: SpotIndex, text: string, f: Figure): Property | undefined {
  // The clause first: "trails by two points on MCP-Atlas, but leads by 13 on Terminal-Bench 2.0".
  const from = clauseAfter(text, 0, f.start);
  const to = f.end + (/[,;]\s/.exec(text.slice(f.end))?.index ?? text.length);
  let inClause: { p: Property; distance: number } | undefined;
  let before: { p: Property; at: number } | undefined;
  for (const e of ix.properties.entries) {
    if (e.property.group !== 'benchmark' && !ix.comparisons.leads.has(e.property.id)) continue;
    for (const m of text.matchAll(e.phrase)) {
      const end = m.index + m[0].length;
      if (m.index >= from && end <= to) {
        const distance = m.index >= f.end ? m.index - f.end : f.start - end;
        if (!inClause || distance < inClause.distance) inClause = { p: e.property, distance };
      } else if (end <= f.start && (!before || m.index > before.at)) before = { p: e.property, at: m.index };
    }
  }
  return inClause?.p ?? before?.p;
}

export type FindingBase = Pick<Finding, 'line' | 'column' | 'quote' | 'value' | 'entry' | 'type'>;

/** The claim a subject and property (and `versus`) make, and how the figure stands to it. */
export function conclude(ix: SpotIndex, source: Source, base: FindingBase, f: Figure, start: number, subject: string, property: Property, qualifiers: Record<string, string> | undefined): Finding {
  // As the check reads a report's value: under its property (a bare price takes the unit's basis,
  // a list price is exact, a bare change takes its direction from the sentence or the property).
  const typed = readValue(property, f.entry, base.quote);
  const value = typed.ok ? typed.value : withPropertyBasis(f.value, property);
  const id = claimId(subject, property.id, qualifiers ?? {});
  const claim = ix.claims.get(id);
  const rel = relate({ claim, value, sourceId: source.id, start, end: start + f.written.length });
  return { ...base, type: value.type, subject, property: property.id, ...(qualifiers ? { qualifiers } : {}), claim: id, ...rel };
}

export interface Around {
  sentence: Sentence;
  line: BodyLine;
  figures: readonly Figure[];
  i: number;
  mentions: readonly Mention[];
  ctx: Context;
  scores: readonly Scored[];
  /** The finding before this one in the article. */
  before: Finding | undefined;
}

const OBJECT_ONLY = /(?:\b(?:than|over|versus|vs\.?|against|compared\s+(?:to|with)|seen\s+in)\s+(?:the\s+|its\s+)?|\b(?:the|its|their)\s+(?:earlier|previous|older|prior|former)\s+)$/i;

/** A figure read again as part of a comparison (comparisons.ts): a lead, an earlier value, a comparison's object named as its subject. */
export function revise(ix: SpotIndex, source: Source, a: Around, first: Finding): Finding {
  const f = a.figures[a.i];
  const property = first.property ? ix.propertyById.get(first.property) : undefined;
  const start = a.sentence.start + f.start;
  const base: FindingBase = { line: first.line, column: first.column, quote: first.quote, value: first.value, entry: first.entry, type: f.type };
  const lead = leadFromScores(ix.comparisons, f, a.scores, property);
  if (lead) return conclude(ix, source, base, f, start, lead.subject, lead.property, { versus: lead.versus });
  // "three points clear of X" on a score: the lead over X, when the claim base has such a property; never the score itself.
  const gap = property ? differenceOf(a.sentence.text, f) : undefined;
  if (gap && property && first.subject) {
    // The benchmark the sentence names nearest the gap, else the one the matched property is (or leads) on.
    const named = nearestScoreLabel(ix, a.sentence.text, f);
    const on = named ?? ix.comparisons.leadBases.get(property.id) ?? property;
    const leadOn = ix.comparisons.leads.get(on.id);
    const other = versusOf(ix, leadOn ?? property, first.subject, a.sentence.text, a.mentions, f.end, [])?.versus;
    // "A leads B by 13 points": A before the verb, B after it.
    const sameKind = (m: Mention) => ix.subjects.subjects.get(m.subject)?.kind === ix.subjects.subjects.get(first.subject!)?.kind;
    const verb = gap.verb;
    const one = verb ? a.mentions.filter((m) => m.end <= verb.start && sameKind(m)).pop()?.subject ?? first.subject : first.subject;
    const two = (verb ? a.mentions.find((m) => m.start >= verb.end && m.end <= f.start && m.subject !== one && sameKind(m))?.subject : undefined) ?? (one === first.subject ? other : first.subject);
    if (leadOn && two && two !== one) return gap.side === 'ahead' ? conclude(ix, source, base, f, start, one, leadOn, { versus: two }) : conclude(ix, source, base, f, start, two, leadOn, { versus: one });
    return { ...base, subject: first.subject, relation: 'unmatched', note: `A gap between two scores on ${on.label}, not a score; no property of the claim base records it.` };
  }
  const earlier = earlierValue(a.sentence.text, a.figures, a.i);
  if (earlier) {
    // "…, up from $2.50": the value before the change, of the property just stated, and of the model compared with.
    const later = earlier === 'after-previous' && a.before?.quote === first.quote ? a.before : undefined;
    const p = (later?.property ? ix.propertyById.get(later.property) : undefined) ?? property;
    const subject = later?.subject ?? first.subject;
    const other = subject && comparedSubject(ix.subjects, ix.comparisons, subject, a.sentence.text, a.mentions, [a.ctx.heading, source.title]);
    if (p && other && parseValue(p.type, f.entry).ok) return conclude(ix, source, base, f, start, other, p, undefined);
    return first;
  }
  // "… seen in the earlier o1-series but with 10x the efficiency": o1 is what the model is compared with.
  if (property && comparesWith(property) && first.subject) {
    const named = a.mentions.filter((m) => m.subject === first.subject);
    const kind = ix.subjects.subjects.get(first.subject)?.kind;
    const own = [a.ctx.paragraph, ...a.ctx.mains].find((id) => id && id !== first.subject && ix.subjects.subjects.get(id)?.kind === kind);
    if (named.length && own && named.every((m) => OBJECT_ONLY.test(a.sentence.text.slice(Math.max(0, m.start - 30), m.start)))) return conclude(ix, source, base, f, start, own, property, { versus: first.subject });
  }
  return first;
}
