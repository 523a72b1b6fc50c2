/**
 * Spot: every checkable figure of an archived source, related to the claim base.
 * `prepareSpot` indexes a corpus once (subjects, properties, names, claims); `spotSource`
 * reads one source's body with it. Pure: the CLI and the benchmark pass the loaded corpus.
 */
import type { Corpus, Property, Source } from '../model.ts';
import { indexComparisons, pairedByTo, type Scored } from './comparisons.ts';
import { assumedYear } from './dates.ts';
import { findFigures, type Figure } from './figures.ts';
import type { Finding, SpotResult } from './finding.ts';
import { namePattern } from './mask.ts';
import { indexProperties, matchProperty, MIN_SCORE, type PropertyMatch } from './properties.ts';
import { listSubjects, priceHints, respectiveProperties, sideNear, type PriceHint } from './lists.ts';
import type { Context, SpotIndex } from './reading.ts';
import { conclude, revise, versusOf } from './revise.ts';
import { bodyLines, segmentBody, type BodyLine, type Sentence } from './segment.ts';
import { comparedWithPrevious, findMentions, indexSubjects, subjectAfter, subjectInSentence, type Mention } from './subjects.ts';

export type { Finding, Relation, SpotResult } from './finding.ts';
export type { SpotIndex } from './reading.ts';
export { findingSchema, RELATIONS, spotResultSchema } from './finding.ts';


export function prepareSpot(corpus: Corpus): SpotIndex {
  const subjects = indexSubjects(corpus.subjects, claimCounts(corpus));
  return {
    corpus,
    subjects,
    propertyById: new Map(corpus.properties.map((p) => [p.id, p])),
    comparisons: indexComparisons(corpus, subjects),
    properties: indexProperties(corpus.properties),
    names: namePattern([...corpus.subjects.flatMap((s) => [s.name, ...s.aliases]), ...corpus.properties.map((p) => p.label)]),
    claims: new Map(corpus.claims.map((c) => [c.id, c])),
    versions: new Set(corpus.subjects.flatMap((s) => [s.name, ...s.aliases]).flatMap((n) => n.match(/\d+\.\d+/g) ?? [])),
    kinds: subjectKinds(corpus),
  };
}

function claimCounts(corpus: Corpus): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of corpus.claims) out.set(c.subject, (out.get(c.subject) ?? 0) + 1);
  return out;
}

function subjectKinds(corpus: Corpus): Map<string, Set<string>> {
  const kindOf = new Map(corpus.subjects.map((s) => [s.id, s.kind]));
  const out = new Map<string, Set<string>>();
  for (const c of corpus.claims) {
    const kind = kindOf.get(c.subject);
    if (!kind) continue;
    if (!out.has(c.property)) out.set(c.property, new Set());
    out.get(c.property)!.add(kind);
  }
  return out;
}

/** A sentence that opens on "The company …" or "The model …" is about the organisation or model last named. */
const COMPANY_WORDS = /^(?:\S+\s+){0,3}?(?:the|this|that)\s+(?:company|firm|startup|lab|group|organi[sz]ation)\b/i;
const MODEL_WORDS = /\b(?:the|this|that|new)\s+model\b/i;
/** A sentence that opens on a pronoun continues the paragraph's subject. */
const PRONOUN_START = /^(?:it|its|it['’]s|they|their|this|these)\b/i;
const HEADING = /^(?:#{1,6}\s|[^.!?]{1,100}$)/;


function tableCells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

function remember(ctx: Context, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.partial) continue;
    ctx.recent = [m.subject, ...ctx.recent.filter((s) => s !== m.subject)];
  }
}

/** The subjects the article is about, most named first (the title counts twice); by kind, for "the model" and "the company". */
function mainSubjects(ix: SpotIndex, source: Source): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const m of findMentions(ix.subjects, text, [])) counts.set(m.subject, (counts.get(m.subject) ?? 0) + weight);
  };
  add(source.title, 2);
  add(source.body, 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

export function spotSource(ix: SpotIndex, source: Source): SpotResult {
  const body = source.body;
  const lines = bodyLines(body);
  const sentences = segmentBody(body);
  const year = assumedYear(ix.corpus, source);
  const mains = mainSubjects(ix, source);
  const ctx: Context = { recent: [], main: mains[0], mains, heading: source.title, headingSubjects: [], paragraph: undefined, tableHeader: undefined };
  const findings: Finding[] = [];
  const scores: Scored[] = [];
  let lastLine = -1;
  let previous: Sentence | undefined;
  for (const s of sentences) {
    const line: BodyLine = lines[s.lineIndex];
    if (s.lineIndex !== lastLine) {
      lastLine = s.lineIndex;
      previous = undefined;
      if (!s.tableRow) ctx.tableHeader = undefined;
      ctx.paragraph = undefined;
      if (HEADING.test(line.text.trim()) && !s.tableRow) {
        ctx.heading = line.text.replace(/^#+\s*/, '');
        ctx.headingSubjects = findMentions(ix.subjects, ctx.heading, ctx.recent).map((m) => m.subject);
      }
    }
    if (s.tableRow) {
      const cells = tableCells(s.text);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (!ctx.tableHeader) {
        ctx.tableHeader = cells;
        remember(ctx, findMentions(ix.subjects, s.text, ctx.recent));
        continue;
      }
    }
    const mentions = findMentions(ix.subjects, s.text, ctx.recent);
    const figures = findFigures(s.text, { names: ix.names, versions: ix.versions, lineStart: s.start === line.start || body.slice(line.start, s.start).trim() === '', year });
    let prevSubject: string | undefined;
    let prevProperty: Property | undefined;
    const respective = respectiveProperties(ix.properties, s.text, figures);
    const hints = priceHints(s.text, figures);
    const lists = s.tableRow ? { paired: new Map(), shared: new Map() } : listSubjects(s.text, figures, mentions);
    for (const [i, f] of figures.entries()) {
      for (const forced of lists.shared.get(f) ?? [lists.paired.get(f)]) {
        const first = spotFigure(ix, body, source, s, f, mentions, ctx, previous, prevSubject, line, respective.get(f), figures[i - 1], figures[i + 1], figures.length === 1, prevProperty, forced, hints);
        const finding = s.tableRow ? first : revise(ix, source, { sentence: s, line, figures, i, mentions, ctx, scores, before: findings[findings.length - 1] }, first);
        const score = (f.value as { value?: number }).value;
        if (finding.subject && finding.property && ix.comparisons.leads.has(finding.property) && score !== undefined) scores.push({ subject: finding.subject, property: finding.property, value: score });
        prevSubject = finding.subject;
        prevProperty = finding.property ? ix.corpus.properties.find((p) => p.id === finding.property) : undefined;
        findings.push(finding);
      }
    }
    remember(ctx, mentions);
    if (mentions.length) ctx.paragraph = mentions[0].subject;
    previous = s;
  }
  return { source: source.id, findings };
}

function cellAt(row: string, offset: number): number {
  return (row.slice(0, offset).match(/\|/g)?.length ?? 1) - 1;
}

function spotFigure(ix: SpotIndex, body: string, source: Source, s: Sentence, f: Figure, mentions: readonly Mention[], ctx: Context, previous: Sentence | undefined, prevSubject: string | undefined, line: BodyLine, respective: Property | undefined, prev: Figure | undefined, next: Figure | undefined, single: boolean, prevProperty: Property | undefined, forced: string | undefined, hints: Map<Figure, PriceHint>): Finding {
  const start = s.start + f.start;
  const end = s.start + f.end;
  let frame = ctx.heading;
  let subjectText = s.text;
  let subjectMentions = mentions;
  let at = { start: f.start, end: f.end };
  if (s.tableRow && ctx.tableHeader) {
    const cells = tableCells(s.text);
    const column = cellAt(s.text, f.start);
    const header = ctx.tableHeader[column] ?? '';
    frame = `${header} ${cells[0] ?? ''} ${ctx.heading}`;
    // In a table the column header, then the row label, names the subject.
    subjectText = `${header} | ${cells[0] ?? ''}`;
    subjectMentions = findMentions(ix.subjects, subjectText, ctx.recent);
    at = { start: subjectText.length, end: subjectText.length };
  }
  // A figure no label fits, listed after one that had a property of its type, continues the list ("crushes Claude’s 43.8% and Gemini’s 36.9%").
  const hint = hints.get(f) ?? sideNear(s.text, f);
  const candidates: PropertyMatch[] = [];
  const matched = respective ?? matchProperty(ix.properties, f, { text: s.text, start: f.start, end: f.end, frame, previous: body.slice(line.start, s.start), basis: hint?.basis, side: hint?.side, previousEnd: s.tableRow ? undefined : prev?.end, nextStart: s.tableRow ? undefined : next?.start ?? s.text.length }, candidates)?.property;
  let property = matched ?? (prevProperty && prevProperty.type === f.type && !s.tableRow ? prevProperty : undefined);
  const benchmark = property?.group === 'benchmark';
  // Prefer the kinds of subject this property's claims are about (models for scores, organisations for funding).
  const kinds = property ? ix.kinds.get(property.id) : undefined;
  const kindOk = (id: string) => !kinds || kinds.has(ix.subjects.subjects.get(id)?.kind ?? '');
  const allowed = subjectMentions.filter((m) => !(benchmark && ix.subjects.subjects.get(m.subject)?.kind === 'benchmark'));
  const preferred = allowed.filter((m) => kindOk(m.subject));
  // Only subjects of the wrong kind named ("OpenAI did not say how many chips were used to train it"):
  // the article's own subject, when it is of the right kind, is the better reading.
  // The article's most named subject of a kind this property's claims are about.
  const mainOfKind = kinds ? ctx.mains.find(kindOk) : ctx.main;
  const mainFits = !!kinds && !!mainOfKind && !preferred.length && allowed.length > 0;
  const usable = preferred.length ? preferred : mainFits ? [] : allowed;
  const not = !s.tableRow && (comparedWithPrevious(s.text, f.start) || pairedByTo(s.text, prev, f)) ? prevSubject : undefined;
  // "58.1 percent and 86.4 percent": a figure listed right after another shares its subject.
  const listed = prev && prevSubject && !s.tableRow && /^\s*(?:,|and|or|,\s*and)\s*$/i.test(s.text.slice(prev.end, f.start)) ? prevSubject : undefined;
  let subject = forced ?? listed ?? subjectInSentence(subjectText, usable, at.start, at.end, not);
  // The other side of a comparison, wherever the sentence names it ("(94.2% vs 93.6%) against Alpha 2").
  if (!subject && not) subject = usable.find((m) => m.subject !== not)?.subject;
  if (!subject && PRONOUN_START.test(s.text) && ctx.paragraph && ctx.paragraph !== not && kindOk(ctx.paragraph)) subject = ctx.paragraph;
  if (!subject && COMPANY_WORDS.test(s.text)) subject = ctx.recent.find((id) => ix.subjects.subjects.get(id)?.kind === 'organization');
  // "the model": the one the article is about, else the one last named.
  const isModel = (id: string | undefined): id is string => !!id && id !== not && ix.subjects.subjects.get(id)?.kind === 'model' && kindOk(id);
  if (!subject && MODEL_WORDS.test(s.text)) subject = [...ctx.mains, ...ctx.recent].find(isModel);
  subject ??= subjectAfter(subjectText, usable.filter((m) => m.subject !== not), at.end);
  // The only subject of the right kind that the sentence names, wherever it stands ("The Code Red of April 23 … OpenAI").
  if (!subject && single && kinds && preferred.length && new Set(preferred.map((m) => m.subject)).size === 1 && preferred[0].subject !== not) subject = preferred[0].subject;
  const fits = (id: string | undefined): id is string => !!id && id !== not && !(benchmark && ix.subjects.subjects.get(id)?.kind === 'benchmark');
  // Then what the paragraph is about (the first subject of its last sentence that named one), the heading's, the article's, the last named.
  const fallbacks = [ctx.paragraph, ...ctx.headingSubjects, mainOfKind, ctx.main, ...ctx.recent];
  subject ??= fallbacks.find((id) => fits(id) && kindOk(id)) ?? fallbacks.find(fits);
  // A model is "released", a product "launched": of two near properties, the one whose claims are about this kind of subject.
  if (subject && property && !respective && matched === property && !kindOk(subject)) property = ofKind(ix, candidates, property, subject) ?? property;

  const base = {
    line: source.bodyLine + s.lineIndex,
    column: start - line.start + 1,
    quote: s.text,
    value: f.written,
    entry: f.entry,
    type: f.type,
  };
  if (!subject || !property) {
    const why = !property ? 'No property of the claim base fits the words around this figure.' : 'No subject of the claim base is named near this figure.';
    return { ...base, ...(subject ? { subject } : {}), ...(property ? { property: property.id } : {}), relation: 'unmatched', note: why };
  }
  return conclude(ix, source, base, f, start, subject, property, versusOf(ix, property, subject, s.text, mentions, f.end, ctx.recent));
}

/** The best other candidate property, close to the chosen one, whose existing claims are about subjects of `subject`'s kind. */
function ofKind(ix: SpotIndex, candidates: readonly PropertyMatch[], chosen: Property, subject: string): Property | undefined {
  const kind = ix.subjects.subjects.get(subject)?.kind ?? '';
  const best = candidates.find((c) => c.property === chosen)?.score ?? 0;
  const near = candidates.filter((c) => c.property !== chosen && c.score >= best - 1.5 && c.score >= MIN_SCORE / 2 && ix.kinds.get(c.property.id)?.has(kind));
  return near.sort((a, b) => b.score - a.score)[0]?.property;
}
