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
}

interface PropertyEntry {
  property: Property;
  phrase: RegExp;
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

/** Lowercase word stems of a text. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function indexProperties(properties: readonly Property[]): PropertyIndex {
  return {
    entries: properties.map((p) => {
      const label = p.label.replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '');
      const flexible = escape(label).replace(/(?:\\-|–|—|-|\s)+/g, '[\\s\\-–—]*');
      return {
        property: p,
        phrase: new RegExp(`(?<![\\p{L}\\p{N}])${flexible}(?![\\p{L}])`, 'giu'),
        labelWords: [...new Set(words(`${p.label} ${p.id.replace(/-/g, ' ')}`).filter((w) => !STOP.has(w) && w.length > 1))],
        descriptionWords: [...new Set(words(p.description).filter((w) => !STOP.has(w) && w.length > 2))],
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
  /** The sentence before, in the same paragraph. */
  previous: string;
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
    const distance = m.index + m[0].length <= ctx.start ? ctx.start - (m.index + m[0].length) : m.index - ctx.end + 100;
    best = Math.max(best, 8 * Math.max(0, 1 - distance / 150));
  }
  if (best === 0 && (e.phrase.test(ctx.frame) || e.phrase.test(ctx.previous))) best = 4;
  e.phrase.lastIndex = 0;
  return best;
}

/** Below this, no property is named or described near the figure: it stays unmatched. */
const MIN_SCORE = 2;

export function matchProperty(ix: PropertyIndex, figure: Figure, ctx: PropertyContext): PropertyMatch | undefined {
  const near = new Set(words(`${ctx.text} ${ctx.frame}`));
  const local = new Set(words(`${ctx.text.slice(Math.max(0, ctx.start - 60), ctx.end + 40)} ${ctx.frame}`));
  const after = new Set(words(`${figure.written} ${figure.unit ?? ''} ${ctx.text.slice(ctx.end, ctx.end + 30)}`));
  let best: PropertyMatch | undefined;
  for (const e of ix.entries) {
    if (!compatible(figure, e.property.type)) continue;
    let score = phraseScore(e, ctx);
    // Label words count only where the label is not written out, so a nearer label of another property is not outweighed.
    const labelHits = score > 0 ? 0 : e.labelWords.filter((w) => local.has(w)).length;
    score += e.labelWords.length ? (3 * labelHits) / e.labelWords.length : 0;
    score += Math.min(2.5, 0.6 * e.descriptionWords.filter((w) => near.has(w)).length);
    score += Math.min(3, 2 * e.unitWords.filter((w) => after.has(w)).length);
    if (figure.type === 'money') score += basisScore(figure.value as MoneyValue, e.property);
    if (figure.type !== e.property.type) score -= 0.5;
    if (score > (best?.score ?? 0)) best = { property: e.property, score };
  }
  return best && best.score >= MIN_SCORE ? best : undefined;
}

/** A price per input tokens is not a price per output tokens, and a lump sum is neither. */
function basisScore(v: MoneyValue, p: Property): number {
  const unit = (p.unit ?? '').toLowerCase();
  const perUnit = /\bper\b/.test(unit);
  if (!v.basis) return perUnit ? -2 : 1;
  if (!perUnit) return -2;
  const side = (s: string) => (/\binput\b/.test(s) ? 'input' : /\boutput\b/.test(s) ? 'output' : '');
  const a = side(v.basis);
  const b = side(unit);
  if (a && b) return a === b ? 4 : -6;
  return a || b ? 0 : 2;
}
