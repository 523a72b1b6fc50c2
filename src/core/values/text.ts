/**
 * Free text (names, codenames, labels). The normalised form ignores what typography and
 * case change without changing meaning, so "“Spud”" and "spud" agree.
 */
import type { ParseResult, RawValue } from '../model.ts';
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';

export const TEXT_EXPECTED = 'some non-empty text';

const EDGE = /^["'`.,;:!?\s]+|["'`.,;:!?\s]+$/g;

export function normalizeText(text: string): string {
  let t = clean(text).toLowerCase().replace(EDGE, '');
  // Drop brackets only when they wrap the whole text, so "gpt-5.5 (spud)" keeps its parenthesis.
  while (/^\((?:[^()]*)\)$|^\[(?:[^[\]]*)\]$/.test(t)) t = t.slice(1, -1).replace(EDGE, '');
  return t;
}

export function parseText(raw: RawValue): ParseResult {
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail(TEXT_EXPECTED);
  const value = typeof raw === 'number' ? String(raw) : raw;
  const normalized = normalizeText(value);
  if (normalized === '') return fail(TEXT_EXPECTED);
  return ok({ type: 'text', value: value.trim(), normalized });
}
