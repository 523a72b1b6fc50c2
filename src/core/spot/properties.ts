/**
 * Which property a figure states. Each property of a compatible value type is scored on
 * the words around the figure: its label as a phrase (strongest, and the nearest label
 * wins when a sentence names several benchmarks), its label and id words, its description
 * words, and its unit ("tokens", "gigawatts", a price basis "per 1M input tokens").
 */
import type { MoneyValue, Property, ValueType } from '../model.ts';
import { parseValue } from '../values/index.ts';
import type { Figure } from './figures.ts';

export interface PropertyIndex {
  entries: PropertyEntry[];
  /** How many properties have each value type. */
  countByType: Map<string, number>;
}

export interface PropertyEntry {
  property: Property;
  phrase: RegExp;
  /** "Initial investment" of "Initial investment to deploy", with the words that narrow it ("deploy"). */
  head?: RegExp;
  narrowing?: string[];
  labelWords: string[];
  descriptionWords: string[];
  unitWords: string[];
}

const STOP = new Set([
  'the', 'a', 'an', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'at', 'as', 'is', 'it', 'its',
  'that', 'which', 'this', 'than', 'how', 'many', 'much', 'what', 'whether', 'be', 'are', 'was', 'model', 'subject',
  'source', 'names', 'score', 'qualifier', 'versus', 'one', 'same', 'per', 'usd', 'bare', 'percentage', 'means',
  'compared', 'with', 'when', 'more', 'less', 'has', 'have', 'been', 'each', 'new',
]);

/** A light stem, so "valued" meets "valuation", "released" meets "release" and "tokens" meets "token". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/(?:ations?|ings?|ments?|ed|es|ly|s)$/, '').replace(/e$/, '');
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** Words writers use for the same thing: a model "launched" or "debuted" is released. */
const SYNONYMS: Record<string, string> = Object.fromEntries(
  Object.entries({ launched: 'released', announced: 'released', debuted: 'released', unveiled: 'released', shipped: 'released', cost: 'price', charged: 'price', staff: 'employees', headcount: 'employees', workers: 'employees' }).map(([a, b]) => [stem(a), stem(b)]),
);

/** Lowercase word stems of a text. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

/**
 * The words a label is recognised by. A hyphenated name ("Terminal-Bench", "SWE-Bench Pro") counts
 * by its first part only: its later parts are generic words ("bench", "verified") that a heading such
 * as "Benchmarks" would otherwise give to every such label.
 */
export function labelStems(label: string, id = ''): string[] {
  const compounds = label.match(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu) ?? [];
  const generic = new Set(compounds.flatMap((w) => w.split(/[-–]/).slice(1)).map(stem));
  const fromId = words(id.replace(/-/g, ' ')).filter((w) => !generic.has(w));
  return [...compounds.map((w) => stem(w.split(/[-–]/)[0])), ...fromId];
}

/** Content stems: not function words, not bare digits (the "5" and "4" of a version named in a description). */
const content = (w: string, min: number) => !STOP.has(w) && w.length >= min && !/^\d+$/.test(w);

/** The stems of a text, each weighing 1, and their synonyms weighing half: a "launched" model is less surely "released" than a "released" one. */
function weighted(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words(text)) {
    out.set(w, 1);
    const syn = SYNONYMS[w];
    if (syn && !out.has(syn)) out.set(syn, 0.5);
  }
  return out;
}

/** Stems of the sentence, with the frame's (heading, title, table header) at `factor` of their weight where the sentence lacks them. */
function framed(sentence: string, frame: string, factor: number): Map<string, number> {
  const out = weighted(sentence);
  for (const [w, n] of weighted(frame)) out.set(w, Math.max(out.get(w) ?? 0, n * factor));
  return out;
}

const hits = (want: readonly string[], have: Map<string, number>) => want.reduce((a, w) => a + (have.get(w) ?? 0), 0);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function headPhrase(label: string): { head?: RegExp; narrowing?: string[] } {
  const m = /^(.+?)\s+(?:to|of|for|per|in|on|from)\s+(.+)$/i.exec(label);
  if (!m) return {};
  const flexible = escape(m[1]).replace(/(?:\\-|–|—|-|\s)+/g, '[\\s\\-–—]*');
  return { head: new RegExp(`(?<![\\p{L}\\p{N}])${flexible}s?(?![\\p{L}])`, 'giu'), narrowing: words(m[2]).filter((w) => !STOP.has(w)) };
}

export function indexProperties(properties: readonly Property[]): PropertyIndex {
  const countByType = new Map<string, number>();
  for (const p of properties) countByType.set(p.type, (countByType.get(p.type) ?? 0) + 1);
  return {
    countByType,
    entries: properties.map((p) => {
      const label = p.label.replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '');
      const flexible = escape(label).replace(/(?:\\-|–|—|-|\s)+/g, '[\\s\\-–—]*');
      return {
        property: p,
        phrase: new RegExp(`(?<![\\p{L}\\p{N}])${flexible}s?(?![\\p{L}])`, 'giu'),
        ...headPhrase(label),
        labelWords: [...new Set(labelStems(p.label, p.id).filter((w) => content(w, 2)))],
        descriptionWords: [...new Set(words(p.description).filter((w) => content(w, 3)))],
        unitWords: [...new Set(words(p.unit ?? '').filter((w) => !STOP.has(w) && w !== '1m' && w !== '%'))],
      };
    }),
  };
}

/** Can a figure of this type be a value of that property, as the engine reads it? */
function compatible(figure: Figure, type: ValueType): boolean {
  if (figure.type === type) return true;
  const family = ['percent', 'multiplier', 'change'];
  if (!family.includes(figure.type) || !family.includes(type)) return false;
  return parseValue(type, figure.entry).ok;
}

export interface PropertyContext {
  /** The sentence (or table row) and where the figure sits in it. */
  text: string;
  start: number;
  end: number;
  /** Words that frame the sentence: a table's column header and row label, the section heading. */
  frame: string;
  /** The paragraph before the sentence. */
  previous: string;
  /** For a bare price, the basis an earlier price of the sentence stated ("At $1,200 per million tokens … Gemini at $900"). */
  basis?: string;
  /** "input" or "output", written beside a pair of prices. */
  side?: string;
  /** Where the sentence's previous figure ends: the words before it are that figure's. */
  previousEnd?: number;
  /** Where the sentence's next figure starts: the words after it are that figure's. */
  nextStart?: number;
}

export interface PropertyMatch {
  property: Property;
  score: number;
}

function phraseScore(e: PropertyEntry, ctx: PropertyContext): number {
  let best = 0;
  for (const m of ctx.text.matchAll(e.phrase)) {
    // Nearest label wins: "GPQA Diamond (94.2% vs 93.6%) and BrowseComp (85.9% vs 84.4%)".
    // A label after the figure usually names the next figure's property, so it counts from further away.
    const gap = ctx.text.slice(ctx.end, m.index);
    const owned = /^\s*(?:(?:on|in|at|for|of)\s+(?:the\s+)?)?$/i.test(gap);
    const distance = m.index + m[0].length <= ctx.start ? ctx.start - (m.index + m[0].length) : owned ? 0 : m.index - ctx.end + 100;
    best = Math.max(best, 8 * Math.max(0, 1 - distance / 150));
  }
  if (best === 0 && (e.phrase.test(ctx.frame) || e.phrase.test(ctx.previous))) best = 4;
  e.phrase.lastIndex = 0;
  // "initial investment" written in a sentence about deploying: the narrower property, if its narrowing words are there too.
  if (best === 0 && e.head && e.narrowing?.length) {
    const narrowed = e.narrowing.every((w) => words(ctx.text).includes(w));
    const head = narrowed ? phraseScore({ ...e, phrase: e.head, head: undefined }, ctx) : 0;
    if (head > 0) best = head + 1;
  }
  return best;
}

/** Where the clause holding `start` begins, if a comma or semicolon after `from` closes the previous one; else `from`. */
export function clauseAfter(text: string, from: number, start: number): number {
  const between = text.slice(from, start);
  const breaks = [...between.matchAll(/[,;:]\s/g)];
  return breaks.length ? from + breaks[breaks.length - 1].index + 1 : from;
}

/** Below this, no property is named or described near the figure: it stays unmatched. */
export const MIN_SCORE = 2;

/** The best-scoring property of a compatible type, if it clears the floor; `trace` receives every candidate's score, to explain a match. */
export function matchProperty(ix: PropertyIndex, figure: Figure, ctx: PropertyContext, trace?: PropertyMatch[]): PropertyMatch | undefined {
  // Words after the next figure are that figure's: "1M context, and a 13-point lead" gives "lead" to 13.
  const next = ctx.text.slice(ctx.end).search(/(?<![\p{L}\p{N}])\d/u);
  const stop = ctx.nextStart ?? (next < 0 ? ctx.text.length : ctx.end + next);
  // A heading or title frames many sentences: its words are weaker evidence than the sentence's own.
  const near = framed(ctx.text, ctx.frame, 0.5);
  // Words before the figure back to the previous figure's clause: "… $30 for each million output tokens, roughly twice what …".
  const from = Math.max(ctx.start - 60, ctx.previousEnd === undefined ? 0 : clauseAfter(ctx.text, ctx.previousEnd, ctx.start));
  const local = framed(ctx.text.slice(from, Math.min(stop, ctx.end + 40)), ctx.frame, 0.5);
  // The noun a number counts ("1M context", "40 offices") names its property when it is a label word.
  const counted = figure.unit ? weighted(figure.unit) : undefined;
  const after = weighted(`${figure.written} ${figure.unit ?? ''} ${ctx.text.slice(ctx.end, Math.min(stop, ctx.end + 30))}`);
  let best: PropertyMatch | undefined;
  for (const e of ix.entries) {
    if (!compatible(figure, e.property.type)) continue;
    const phrase = phraseScore(e, ctx);
    let score = phrase;
    // Label words count only where the label is not written out, so a nearer label of another property is not outweighed.
    const labelHits = phrase > 0 ? 0 : hits(e.labelWords, local);
    score += e.labelWords.length ? (3 * labelHits) / e.labelWords.length : 0;
    if (phrase === 0 && counted && hits(e.labelWords, counted) > 0) score += 1;
    score += Math.min(2.5, 0.6 * hits(e.descriptionWords, near));
    score += Math.min(3, 2 * hits(e.unitWords, after));
    if (figure.type === 'money') score += basisScore(figure.value as MoneyValue, e.property, ctx.basis, ctx.side);
    if (figure.type !== e.property.type) score -= 0.5;
    score += directionScore(figure, e);
    trace?.push({ property: e.property, score });
    if (score > (best?.score ?? 0)) best = { property: e.property, score };
  }
  // A figure of a rare type needs less: when few properties are dates, a date beside "launched" rarely means anything else.
  const rare = (ix.countByType.get(figure.type) ?? 0) < 4;
  return best && best.score >= (rare ? MIN_SCORE / 2 : MIN_SCORE) ? best : undefined;
}

const UP = /\b(?:gain|increase|higher|more|faster|improvement|growth|rise|boost)\b/i;
const DOWN = /\b(?:reduction|decrease|lower|cheaper|fewer|less|drop|decline|cut|savings?)\b/i;

/** "35x lower" is a reduction, not a gain: a change whose direction is written agrees or not with the property's label. */
function directionScore(figure: Figure, e: PropertyEntry): number {
  const v = figure.value as { direction?: string };
  if (!v.direction) return 0;
  const label = e.property.label;
  const up = UP.test(label);
  const down = DOWN.test(label);
  // A "change" may go either way: a written direction fits it, less than a label that names the same direction.
  if (up === down) return /\bchanges?\b/i.test(label) ? 0.5 : 0;
  return (v.direction === 'increase') === up ? 1.5 : -2;
}

/** A price per input tokens is not a price per output tokens, and a lump sum is neither. */
function basisScore(v: MoneyValue, p: Property, hint: string | undefined, sideHint: string | undefined): number {
  const unit = (p.unit ?? '').toLowerCase();
  const perUnit = /\bper\b/.test(unit);
  const side = (s: string) => (/\binput\b/.test(s) ? 'input' : /\boutput\b/.test(s) ? 'output' : '');
  const b = side(unit);
  // The price's own basis says its side first ("per million output tokens"); else what is written beside it.
  const own = side(v.basis ?? '');
  if (!own && sideHint && b) return sideHint === b ? 4 : -6;
  const basis = v.basis ?? hint;
  // A bare price ("$5.30") says nothing either way: the engine reads it per the property's unit.
  if (!basis) return 0;
  if (!perUnit) return -2;
  const a = side(basis);
  if (a && b) return a === b ? 4 : -6;
  return a || b ? 0 : 2;
}
