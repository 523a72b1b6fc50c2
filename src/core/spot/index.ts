/**
 * Spot: every checkable figure of an archived source, related to the claim base.
 * `prepareSpot` indexes a corpus once (subjects, properties, names, claims); `spotSource`
 * reads one source's body with it. Pure: the CLI and the benchmark pass the loaded corpus.
 */
import { claimId } from '../ids.ts';
import type { Claim, Corpus, Property, Source } from '../model.ts';
import { withPropertyBasis } from '../validate-claim.ts';
import { readValue } from '../values/in-context.ts';
import { findFigures, type Figure } from './figures.ts';
import type { Finding, SpotResult } from './finding.ts';
import { namePattern, type NamePattern } from './mask.ts';
import { indexProperties, matchProperty, type PropertyIndex } from './properties.ts';
import { listSubjects, priceHints, type PriceHint } from './lists.ts';
import { relate } from './relation.ts';
import { bodyLines, isTableRow, segmentBody, type BodyLine, type Sentence } from './segment.ts';
import { comparedWithPrevious, findMentions, indexSubjects, subjectAfter, subjectInSentence, type Mention, type SubjectIndex } from './subjects.ts';

export type { Finding, Relation, SpotResult } from './finding.ts';
export { findingSchema, RELATIONS, spotResultSchema } from './finding.ts';

export interface SpotIndex {
  corpus: Corpus;
  subjects: SubjectIndex;
  properties: PropertyIndex;
  names: NamePattern;
  versions: Set<string>;
  claims: Map<string, Claim>;
  /** For each property, the kinds of subject its existing claims are about ("model" for benchmark scores). */
  kinds: Map<string, Set<string>>;
}

export function prepareSpot(corpus: Corpus): SpotIndex {
  return {
    corpus,
    subjects: indexSubjects(corpus.subjects, claimCounts(corpus)),
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

/** The year a date written without one is taken to be in: the article's, else its upstreams', else the corpus's latest. */
export function assumedYear(ix: SpotIndex, source: Source): string | undefined {
  const own = source.published ?? source.retrieved;
  if (own) return own.slice(0, 4);
  const years = (ids: (s: Source) => boolean) => ix.corpus.sources.filter(ids).map((s) => s.published?.slice(0, 4)).filter((y): y is string => !!y).sort();
  const cited = years((s) => source.cites.includes(s.id));
  if (cited.length) return cited[cited.length - 1];
  const written = source.body.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g)?.sort();
  if (written?.length) return written[written.length - 1];
  const all = years(() => true);
  return all[all.length - 1];
}

/** A sentence that opens on "The company …" or "The model …" is about the organisation or model last named. */
const COMPANY_WORDS = /^(?:\S+\s+){0,3}?(?:the|this|that)\s+(?:company|firm|startup|lab|group|organi[sz]ation)\b/i;
const MODEL_WORDS = /\b(?:the|this|that|new)\s+model\b/i;
/** A sentence that opens on a pronoun continues the paragraph's subject. */
const PRONOUN_START = /^(?:it|its|it['’]s|they|their|this|these)\b/i;
const HEADING = /^(?:#{1,6}\s|[^.!?]{1,100}$)/;

interface Context {
  /** Subjects named in full so far, most recent first. */
  recent: string[];
  main: string | undefined;
  /** Every subject the article names, most named first. */
  mains: string[];
  heading: string;
  /** Subjects the current heading names. */
  headingSubjects: string[];
  /** The first subject named by the last sentence of this paragraph that named one. */
  paragraph: string | undefined;
  tableHeader: string[] | undefined;
}

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

function versusOf(ix: SpotIndex, property: Property, subject: string, sentence: string, mentions: readonly Mention[], figureEnd: number): Record<string, string> | undefined {
  if (!/`versus`/.test(property.description)) return undefined;
  // A model is compared with a model, not with its maker.
  const kind = ix.subjects.subjects.get(subject)?.kind;
  const others = mentions.filter((m) => m.subject !== subject && ix.subjects.subjects.get(m.subject)?.kind === kind);
  const marked = others.find((m) => /\b(?:over|than|versus|vs\.?|against|beat|beats|beating|from)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 20), m.start)));
  const pick = marked ?? others.find((m) => m.start >= figureEnd) ?? others[0];
  return pick ? { versus: pick.subject } : undefined;
}

export function spotSource(ix: SpotIndex, source: Source): SpotResult {
  const body = source.body;
  const lines = bodyLines(body);
  const sentences = segmentBody(body);
  const year = assumedYear(ix, source);
  const mains = mainSubjects(ix, source);
  const ctx: Context = { recent: [], main: mains[0], mains, heading: source.title, headingSubjects: [], paragraph: undefined, tableHeader: undefined };
  const findings: Finding[] = [];
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
    const respective = respectiveProperties(ix, s.text, figures);
    const hints = priceHints(s.text, figures);
    const lists = s.tableRow ? { paired: new Map(), shared: new Map() } : listSubjects(s.text, figures, mentions);
    for (const [i, f] of figures.entries()) {
      for (const forced of lists.shared.get(f) ?? [lists.paired.get(f)]) {
        const finding = spotFigure(ix, body, source, s, f, mentions, ctx, previous, prevSubject, line, respective.get(f), figures[i - 1], figures.length === 1, prevProperty, forced, hints);
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

/**
 * "$30 for each million output tokens", "input now costs $5.30": a bare price whose words name one
 * side (input or output), after it up to the next amount, else before it since the previous one.
 */
function sideNear(text: string, f: Figure): PriceHint | undefined {
  if (f.value.type !== 'money') return undefined;
  const one = (words: string): string | undefined => {
    const sides = new Set((words.match(/\b(?:input|output)\b/gi) ?? []).map((x) => x.toLowerCase()));
    return sides.size === 1 ? [...sides][0] : undefined;
  };
  const side = one(text.slice(f.end).split(/[;:.$€£]|,\s/)[0]) ?? one(text.slice(0, f.start).split(/[;:.$€£]|,\s/).pop() ?? '');
  return side ? { side } : undefined;
}

/**
 * "… 58.1 percent and 86.4 percent respectively": the figures of the list take, in order, the
 * properties whose labels the sentence named before them (as many as there are figures).
 */
export function respectiveProperties(ix: SpotIndex, text: string, figures: readonly Figure[]): Map<Figure, Property> {
  const out = new Map<Figure, Property>();
  const at = text.search(/\brespectively\b/i);
  if (at < 0) return out;
  const group: Figure[] = [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.end > at) continue;
    const between = text.slice(f.end, group.length ? group[0].start : at);
    if (!/^[\s,;]*(?:and|or)?[\s,;]*(?:,\s*)?$/i.test(between)) break;
    group.unshift(f);
  }
  if (group.length < 2) return out;
  const labels: { property: Property; index: number }[] = [];
  for (const e of ix.properties.entries) {
    for (const m of text.slice(0, group[0].start).matchAll(e.phrase)) {
      if (!labels.some((l) => l.property === e.property)) labels.push({ property: e.property, index: m.index });
    }
  }
  labels.sort((a, b) => a.index - b.index);
  if (labels.length !== group.length) return out;
  group.forEach((f, i) => out.set(f, labels[i].property));
  return out;
}

function spotFigure(ix: SpotIndex, body: string, source: Source, s: Sentence, f: Figure, mentions: readonly Mention[], ctx: Context, previous: Sentence | undefined, prevSubject: string | undefined, line: BodyLine, respective: Property | undefined, prev: Figure | undefined, single: boolean, prevProperty: Property | undefined, forced: string | undefined, hints: Map<Figure, PriceHint>): Finding {
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
  const property = respective ?? matchProperty(ix.properties, f, { text: s.text, start: f.start, end: f.end, frame, previous: body.slice(line.start, s.start), basis: hint?.basis, side: hint?.side })?.property ?? (prevProperty && prevProperty.type === f.type && !s.tableRow ? prevProperty : undefined);
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
  const not = !s.tableRow && comparedWithPrevious(s.text, f.start) ? prevSubject : undefined;
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
  // As the check reads a report's value: under its property (a bare price takes the unit's basis,
  // a list price is exact, a bare change takes its direction from the sentence or the property).
  const typed = readValue(property, f.entry, s.text);
  const value = typed.ok ? typed.value : withPropertyBasis(f.value, property);
  const qualifiers = versusOf(ix, property, subject, s.text, mentions, f.end);
  const id = claimId(subject, property.id, qualifiers ?? {});
  const claim = ix.claims.get(id);
  const rel = relate({ claim, value, sourceId: source.id, start, end });
  return { ...base, type: value.type, subject, property: property.id, ...(qualifiers ? { qualifiers } : {}), claim: id, ...rel };
}
