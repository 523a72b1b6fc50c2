/**
 * Checkable figures in one sentence: numbers (digits or spelled out), percents, money,
 * multipliers, changes and dates. A figure is found from its number outwards (currency,
 * bound words, scale, percent sign, "x", direction words, a price basis, a unit word), then
 * read by the engine's own parser for its type, so `value` means what the engine means.
 * Anything the engine cannot read as written is not a checkable figure and is dropped.
 */
import type { TypedValue, ValueType } from '../model.ts';
import { parseValue } from '../values/index.ts';
import { findSpelledNumbers } from '../values/spelled.ts';
import { findDates } from './dates.ts';
import { inside, maskedSpans, type NamePattern, type Span } from './mask.ts';

export interface Figure {
  /** Offsets in the sentence text, end exclusive. */
  start: number;
  end: number;
  /** The figure as written: text.slice(start, end). */
  written: string;
  /** What the engine reads: the written figure with spelled numbers in digits and an assumed year in brackets. */
  entry: string;
  type: ValueType;
  value: TypedValue;
  /** A noun written after the number that was not taken into the value ("GPUs" in "40,000 H200 GPUs" is not). */
  unit?: string;
}

export interface FigureOptions {
  names: NamePattern;
  /** The sentence starts its line (list numbering can only be there). */
  lineStart: boolean;
  /** The year to put in brackets after a date written without one, if any is known. */
  year?: string;
  /** Version numbers written in the project's names ("5.4" of "GPT-5.4"): bare, they name a version, not a quantity. */
  versions: ReadonlySet<string>;
}

const DIGITS = /(?<![\p{L}\p{N}.,#/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}]|[.,]\d)/gu;
const MULTIPLIER_WORD = /(?<![\p{L}-])(doubled|tripled|trebled|quadrupled|halved|twice|double|triple)(?![\p{L}-])/giu;
/** "threefold", "ten-fold": a spelled number glued to "fold", read as "3-fold". */
const SPELLED_FOLD = /(?<![\p{L}-])(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold(?![\p{L}-])/giu;
const FOLD_DIGITS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', twenty: '20', hundred: '100', thousand: '1000' };

const CURRENCY_BEFORE = /(?:US\$|C\$|A\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP)\s)\s*$/;
const BOUND_BEFORE =
  /(?<![\p{L}])(?:more than|greater than|less than|fewer than|at least|at most|up to|in excess of|upwards of|no more than|no less than|over|under|above|below|about|approximately|approx\.|around|nearly|almost|roughly|some|an estimated|estimated|~|≈|>|<)\s*$/iu;
const DIRECTION_BEFORE =
  /(?<![\p{L}])(?:(?:increased|increasing|increases|increase|rose|rising|rises|grew|growing|grows|raised|boosted|improved|improving|jumped|climbed|reduced|reducing|reduces|reduce|decreased|decreasing|decreases|decrease|cut|cutting|cuts|fell|falling|falls|dropped|dropping|drops|lowered|lowering|declined|shrank|slashed)\s+by|by|up|down)\s+$/iu;
const SCALE_AFTER = /^(?:(?:\s+|-)(?:million|billion|trillion|thousand|bn|mn|mln|tn)(?![\p{L}])|[kKMBT](?![\p{L}\p{N}]))/u;
const MONEY_M_AFTER = /^(?:m|bn)(?![\p{L}\p{N}])/u;
const PLUS_AFTER = /^\+/;
const PERCENT_AFTER = /^(?:\s*|-)(?:%|percent(?![\p{L}])|per cent(?![\p{L}])|pct(?![\p{L}]))/u;
const TIMES_MULTIPLY = /^\s+times\s+(?:\p{L}+er\b|more|less|fewer|as|the|what|that|those|its|their|his|her|our|this|these|over|higher|lower)/iu;
const TIMES_AFTER = /^\s*(?:x|×|times|-?fold)(?![\p{L}])/u;
const DIRECTION_AFTER =
  /^\s+(?:higher|lower|more|fewer|less|cheaper|faster|slower|better|larger|smaller|bigger|greater|increase|decrease|reduction|improvement|drop|decline|cut|gain|growth|jump|rise|boost)(?![\p{L}])/iu;
const CURRENCY_AFTER = /^\s+(?:(?:US\s)?dollars?|euros?|pounds?|USD|EUR|GBP)(?![\p{L}])/u;
const BASIS_AFTER =
  /^\s*(?:per|\/|a|an|each|every|for\s+(?:each|every))\s*(?:(?:one|a|1)\s+)?(?:(?:\d+(?:\.\d+)?\s*)?(?:million|thousand|billion|[KMB])\s+)?(?:[a-z]+\s+){0,2}?(?:tokens?|requests?|hours?|months?|years?|users?|seats?|queries|calls|images?|minutes?|seconds?|words?|characters?|licen[cs]es?)(?![\p{L}])/u;
const POINTS_AFTER = /^(?:\s+|-)(?:percentage[\s-]+)?points?(?![\p{L}])/u;
const UNIT_AFTER = /^(?:\s+|-)([a-z][a-z]+|[A-Z]{2,}s)(?![\p{L}\p{N}-])/u;
/** A unit glued with a hyphen, as compound adjectives are: "100,000-GPU cluster", "2-million-token window". */
const GLUED_UNIT_AFTER = /^-([A-Za-z]+)(?![\p{L}\p{N}-])/u;
const RANGE_NEAR_AFTER = /^\s*(?:-|–|—|to)\s*[$€£]?\d/;
const RANGE_NEAR_BEFORE = /\d\s*(?:-|–|—|to)\s*[$€£]?$/;
/** "from $2.50 to $5.30" (and "from $2.50/$15 to $5.30/$30") is two figures, not a range. */
const FROM_BEFORE = /\bfrom\s+(?:\S+\s+|[$€£]?[\d.,]+\s*\/\s*)?[$€£]?$/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/u;

/** Words after a number that describe it without being a unit of it. */
const NOT_UNITS = new Set([
  'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'the', 'a', 'an', 'by', 'from', 'with', 'as', 'than', 'that', 'which',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'these', 'those', 'but', 'if', 'so',
  'more', 'less', 'fewer', 'per', 'each', 'every', 'over', 'under', 'versus', 'vs', 'compared', 'while', 'when', 'where',
  'across', 'into', 'after', 'before', 'since', 'until', 'through', 'about', 'around', 'among', 'between', 'during',
  'will', 'would', 'can', 'could', 'may', 'might', 'also', 'still', 'now', 'then', 'ago', 'earlier', 'later', 'year',
  'a', 'up', 'down', 'out', 'off', 'not', 'no', 'just', 'only', 'even', 'all', 'both', 'other', 'new', 'same', 'such',
  'marks', 'sits', 'leads', 'lead', 'gap', 'score', 'scores', 'accuracy', 'yet', 'weekly', 'daily', 'monthly',
  'annual', 'yearly', 'active', 'total', 'additional', 'further', 'percent', 'times',
]);

interface Anchor {
  start: number;
  end: number;
  /** The number as the numeral grammar reads it. */
  numeral: string;
  spelled: boolean;
}

function anchors(text: string, masked: readonly Span[], dates: readonly Span[]): Anchor[] {
  const taken = (s: number, e: number) => dates.some((d) => s < d.end && d.start < e) || inside(masked, s);
  const out: Anchor[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const end = m.index + m[0].length;
    if (taken(m.index, end) || ORDINAL_AFTER.test(text.slice(end))) continue;
    out.push({ start: m.index, end, numeral: m[0], spelled: false });
  }
  for (const s of findSpelledNumbers(text)) {
    // "one" is nearly always a pronoun or an article ("one of the"); a count of one is rarely checkable.
    if (s.value === 1 && !/\s/.test(s.text)) continue;
    if (taken(s.start, s.end)) continue;
    out.push({ start: s.start, end: s.end, numeral: s.numeral, spelled: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

function read(type: ValueType, entry: string): TypedValue | undefined {
  const r = parseValue(type, entry);
  return r.ok ? r.value : undefined;
}

function figureAt(text: string, a: Anchor, opts: FigureOptions): Figure | undefined {
  let start = a.start;
  let end = a.end;
  let tail = a.numeral;
  let type: ValueType = 'number';
  const rest = () => text.slice(end);
  const take = (m: RegExpExecArray | null) => {
    if (!m) return false;
    tail += m[0];
    end += m[0].length;
    return true;
  };
  const before = text.slice(0, start);
  if (RANGE_NEAR_AFTER.test(rest()) && !FROM_BEFORE.test(before)) return undefined;
  const rangeStart = RANGE_NEAR_BEFORE.exec(before);
  if (rangeStart && !/\bto\s*[$€£]?$/.test(rangeStart[0])) return undefined;
  if (rangeStart && !FROM_BEFORE.test(before.slice(0, rangeStart.index).replace(/[$€£]?[\d.,]+\s*$/, ''))) return undefined;
  const currency = CURRENCY_BEFORE.exec(text.slice(0, start));
  if (currency) {
    start -= currency[0].length;
    type = 'money';
  }
  if (!a.spelled) take(SCALE_AFTER.exec(rest())) || (type === 'money' && take(MONEY_M_AFTER.exec(rest())));
  take(PLUS_AFTER.exec(rest()));
  const pct = type === 'money' ? null : PERCENT_AFTER.exec(rest());
  if (pct) {
    // "20-percent speed gain": the grammar reads the sign or word after a space.
    take(pct);
    tail = tail.replace(/-(?=percent|per cent|pct)/i, ' ');
    type = 'percent';
  }
  // "6.6 million times" and "ran each task three times" count occurrences; "35 times cheaper",
  // "three times the price" and "4 times as fast" multiply: a multiplier word is followed by what it multiplies.
  const counted = /^\s+times\b/i.test(rest()) && (tail !== a.numeral || !TIMES_MULTIPLY.test(rest()));
  if (!pct && !counted && type !== 'money' && take(TIMES_AFTER.exec(rest()))) type = 'multiplier';
  else if (!pct && type !== 'money' && take(CURRENCY_AFTER.exec(rest()))) type = 'money';
  if ((type === 'percent' || type === 'multiplier') && take(DIRECTION_AFTER.exec(rest()))) type = 'change';
  if (type === 'money') {
    const basis = BASIS_AFTER.exec(rest());
    // "for each million tokens" is read as the engine writes a basis, "per million tokens".
    if (take(basis)) tail = tail.slice(0, tail.length - basis![0].length) + basis![0].replace(/^\s*(?:for\s+)?(?:each|every)\s+/i, ' per ');
  }
  // A bare year ("the 2026 economy") is not a count, and a bare version ("GPT-5.1 through 5.4") is a name.
  if (type === 'number' && tail === a.numeral && !a.spelled && (/^(?:19|20)\d\d$/.test(a.numeral) || opts.versions.has(a.numeral))) return undefined;
  let unit: string | undefined = counted ? 'times' : undefined;
  if (type === 'number' && !counted) {
    if (!take(POINTS_AFTER.exec(rest()))) {
      const glued = GLUED_UNIT_AFTER.exec(rest());
      const u = glued ?? UNIT_AFTER.exec(rest());
      // A unit is a plural noun ("tokens", "GPUs") or follows a one; "two sovereign wealth funds" keeps the bare count.
      const plural = u && (!!glued || /s$|^(?:people|staff|personnel)$/.test(u[1]) || (a.numeral === '1' && tail === '1')) && !/(?:ss|ous|is|us)$/.test(u[1]);
      if (u && plural && !NOT_UNITS.has(u[1].toLowerCase())) take(u);
      else if (u) unit = u[1];
    }
  }
  const bound = BOUND_BEFORE.exec(text.slice(0, start));
  if (bound) start -= bound[0].length;
  if (type === 'percent' || type === 'multiplier' || type === 'change') {
    const dir = DIRECTION_BEFORE.exec(text.slice(0, start));
    if (dir) {
      start -= dir[0].length;
      type = 'change';
    }
  }
  const written = text.slice(start, end);
  const head = text.slice(start, a.start);
  const entry = `${head}${tail}`;
  const value = read(type, entry) ?? (type === 'change' ? undefined : undefined);
  if (value) return { start, end, written, entry, type, value, ...(unit ? { unit } : {}) };
  // A unit word the number grammar refuses ("5 runs-" etc.): fall back to the bare number.
  if (type === 'number') {
    const bare = `${head}${a.numeral}`;
    const v = read('number', bare);
    if (v) return { start, end: a.end, written: text.slice(start, a.end), entry: bare, type, value: v };
  }
  return undefined;
}

function dateFigures(text: string, spans: ReturnType<typeof findDates>, year: string | undefined): Figure[] {
  const out: Figure[] = [];
  for (const d of spans) {
    const written = text.slice(d.start, d.end);
    if (d.yearless && !year) continue;
    const entry = d.yearless ? `${written} [${year}]` : written;
    const value = read('date', entry);
    if (value) out.push({ start: d.start, end: d.end, written, entry, type: 'date', value });
  }
  return out;
}

function multiplierWords(text: string, masked: readonly Span[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(MULTIPLIER_WORD)) {
    if (inside(masked, m.index)) continue;
    let end = m.index + m[0].length;
    let type: ValueType = 'multiplier';
    const dir = DIRECTION_AFTER.exec(text.slice(end));
    if (dir && /^(?:double|triple|twice)$/i.test(m[0]) === false) {
      end += dir[0].length;
      type = 'change';
    }
    const written = text.slice(m.index, end);
    const value = read(type, written) ?? read('multiplier', m[0]);
    if (value) out.push({ start: m.index, end, written, entry: written, type: value.type, value });
  }
  for (const m of text.matchAll(SPELLED_FOLD)) {
    if (inside(masked, m.index)) continue;
    let end = m.index + m[0].length;
    let entry = `${FOLD_DIGITS[m[1].toLowerCase()]}-fold`;
    let type: ValueType = 'multiplier';
    const dir = DIRECTION_AFTER.exec(text.slice(end));
    if (dir) {
      end += dir[0].length;
      entry += dir[0];
      type = 'change';
    }
    const value = read(type, entry);
    if (value) out.push({ start: m.index, end, written: text.slice(m.index, end), entry, type, value });
  }
  return out;
}

/** Every checkable figure in `text`, left to right, none overlapping. */
export function findFigures(text: string, opts: FigureOptions): Figure[] {
  const masked = maskedSpans(text, opts.names, { lineStart: opts.lineStart });
  const dates = findDates(text).filter((d) => !inside(masked, d.start) || /^\p{L}/u.test(text.slice(d.start)));
  const found = [
    ...dateFigures(text, dates, opts.year),
    ...anchors(text, masked, dates).map((a) => figureAt(text, a, opts)).filter((f): f is Figure => f !== undefined),
    ...multiplierWords(text, masked),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Figure[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
