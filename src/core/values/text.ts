/**
 * Free text (names, codenames, labels). The normalised form ignores what typography and
 * case change without changing meaning, so "“Spud”" and "spud" agree.
 */
import { quotePair } from '../compare/numeric.ts';
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface TextValue {
  type: 'text';
  value: string;
  /** Case-folded, whitespace- and punctuation-normalised form used for comparison. */
  normalized: string;
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

export const textType: ValueTypeDefinition<TextValue> = {
  name: 'text',
  description: 'a name, codename or label, compared without case and typography',
  examples: ['Spud', 'GB200 NVL72'],
  parse: parseText,
  normalize: (v) => v.normalized,
  format: (v) => v.value,
  unit: () => '',
  compare: (a, b) =>
    a.normalized === b.normalized ? { agree: true } : { agree: false, diagnosis: 'text-mismatch', note: `${quotePair(a.value, b.value)} differ.` },
  exportFields: () => ({}),
  rangeText: () => '',
  readsAnyWords: true,
};
