/**
 * Free text (names, codenames, labels). The normalised form ignores what typography and
 * case change without changing meaning, so "“Spud”" and "spud" agree.
 */
import { quotePair } from '../compare/numeric.ts';
import type { Comparison } from '../compare/types.ts';
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface TextValue {
  type: 'text';
  value: string;
  /** Case-folded, whitespace- and punctuation-normalised form used for comparison. */
  normalized: string;
  /** Under a property declared `list: true`: the normalised items, sorted, compared as a set. */
  items?: string[];
  /** The same items as written (a shared tail distributed: "GB200 and GB300 NVL72"), in the order of `items`. */
  listed?: string[];
}

export const TEXT_EXPECTED = 'some non-empty text';

const EDGE = /^["'`.,;:!?\s]+|["'`.,;:!?\s]+$/g;

export function normalizeText(text: string): string {
  let t = clean(text).toLowerCase().replace(EDGE, '');
  // Drop brackets only when they wrap the whole text, so "gpt-5.5 (spud)" keeps its parenthesis.
  while (/^\((?:[^()]*)\)$|^\[(?:[^[\]]*)\]$/.test(t)) t = t.slice(1, -1).replace(EDGE, '');
  return t;
}

export function parseText(raw: RawValue): Parsed<TextValue> {
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail(TEXT_EXPECTED);
  const value = typeof raw === 'number' ? String(raw) : raw;
  const normalized = normalizeText(value);
  if (normalized === '') return fail(TEXT_EXPECTED);
  return ok({ type: 'text', value: value.trim(), normalized });
}

const SEPARATOR = /\s*,\s*(?:and\s+|&\s*|plus\s+)?|\s+(?:and|&|plus)\s+|\s*[;/]\s*/i;

/**
 * A text value as a list: "GB200, GB300 and H100". A shared tail written once after the last
 * item is distributed over model-style names before it ("GB200 and GB300 NVL72" is GB200 NVL72
 * and GB300 NVL72): only when every earlier item is one word with a digit, as product names
 * are, and the last item's first word is one too, so "Azure and Google Cloud" stays as written.
 */
export function asList(v: TextValue): TextValue {
  const parts = v.value.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const lastWords = (parts[parts.length - 1] ?? '').split(/\s+/);
  const modelName = (w: string) => /^[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*$/u.test(w);
  const share = parts.length > 1 && lastWords.length > 1 && modelName(lastWords[0]) && parts.slice(0, -1).every((p) => !/\s/.test(p) && modelName(p));
  const tail = share ? ` ${lastWords.slice(1).join(' ')}` : '';
  const written = parts.map((p, i) => (i < parts.length - 1 ? `${p}${tail}` : p));
  const byKey = new Map<string, string>();
  for (const w of written) {
    const key = normalizeText(w);
    if (key && !byKey.has(key)) byKey.set(key, w);
  }
  const items = [...byKey.keys()].sort();
  return { ...v, items, listed: items.map((k) => byKey.get(k) ?? k) };
}

const listText = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Lists compare as sets: equal, one inside the other or overlapping (compatible, noted), or
 * disjoint (a conflict). An item matches another written with more words after the same start
 * ("GB200" and "GB200 NVL72"), since articles name a system by its chip as often as in full.
 */
function compareLists(a: TextValue & { items: string[]; listed: string[] }, b: TextValue & { items: string[]; listed: string[] }): Comparison {
  // "GB200" names the chip of "GB200 NVL72" with fewer words: one item, written more or less fully.
  const same = (x: string, y: string) => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
  const inA = (k: string) => a.items.some((x) => same(x, k));
  const inB = (k: string) => b.items.some((x) => same(x, k));
  const shown = (v: typeof a, keep: (k: string) => boolean) => v.items.flatMap((k, i) => (keep(k) ? [v.listed[i]] : []));
  const onlyA = shown(a, (k) => !inB(k));
  const onlyB = shown(b, (k) => !inA(k));
  // Shared items from both sides, so the note reads the same whichever list came first.
  const both = [...new Set([...shown(a, inB), ...shown(b, inA)])].sort();
  if (onlyA.length === 0 && onlyB.length === 0) {
    if (a.items.join('|') === b.items.join('|')) return { agree: true };
    return { agree: true, diagnosis: 'list-contains', note: `${quotePair(a.value, b.value)} name the same items, one more fully than the other; they are compatible.` };
  }
  if (both.length === 0) return { agree: false, diagnosis: 'text-mismatch', note: `${quotePair(a.value, b.value)} name nothing in common.` };
  if (onlyA.length === 0 || onlyB.length === 0) {
    const [short, long, extra] = onlyA.length === 0 ? [a, b, onlyB] : [b, a, onlyA];
    return { agree: true, diagnosis: 'list-contains', note: `"${long.value}" includes everything in "${short.value}" and adds ${listText(extra)}; they are compatible.` };
  }
  const [x, y] = onlyA.join() <= onlyB.join() ? [onlyA, onlyB] : [onlyB, onlyA];
  return {
    agree: true,
    diagnosis: 'list-overlaps',
    note: `${quotePair(a.value, b.value)} share ${listText(both)}; one adds ${listText(x)} and the other ${listText(y)}. They are compatible, but each addition has only its own sources.`,
  };
}

function compareText(a: TextValue, b: TextValue): Comparison {
  if (a.items && a.listed && b.items && b.listed) return compareLists(a as Parameters<typeof compareLists>[0], b as Parameters<typeof compareLists>[0]);
  return a.normalized === b.normalized ? { agree: true } : { agree: false, diagnosis: 'text-mismatch', note: `${quotePair(a.value, b.value)} differ.` };
}

export const textType: ValueTypeDefinition<TextValue> = {
  name: 'text',
  description: 'a name, codename or label, compared without case and typography',
  examples: ['Spud', 'GB200 NVL72'],
  parse: parseText,
  normalize: (v) => v.normalized,
  format: (v) => v.value,
  unit: () => '',
  compare: compareText,
  exportFields: (v) => (v.items ? { items: v.listed } : {}),
  rangeText: () => '',
  readsAnyWords: true,
};
