/**
 * Tokens for search: one tokenizer for indexing, querying and highlighting, so a highlighted
 * word is always a word the index matched. Numbers keep their decimals ("82.7", "5.5") and
 * thousands separators are dropped ("6,613,169" -> "6613169"), because a fact-check index
 * that split "69.4" into "69" and "4" would match the wrong figures.
 */

/** A word, with digits joined across "." or "," and letters across an apostrophe ("Opus’s"). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[.,](?=\p{N})|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Words too common to help; dropping them keeps shards small and AND-queries forgiving. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'is', 'it', 'on', 'for', 'that', 'with', 'as', 'at', 'by', 'or', 'be', 'was', 'are', 'this']);

export interface TokenSpan {
  /** Offset of the first code unit in the text. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
  /** The token as written. */
  raw: string;
}

export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, raw: m[0] });
  }
  return out;
}

/** MiniSearch `tokenize`: the raw words; `processTerm` normalises them. */
export function tokenize(text: string): string[] {
  // The same matches as tokenSpans, without an object per token: the build tokenises every archived text.
  return text.match(TOKEN) ?? [];
}

/**
 * MiniSearch `processTerm`: lower case, no diacritics, no possessive "’s", no thousands
 * separators, no stop words. Idempotent, so indexing already-processed terms is safe.
 */
export function processTerm(raw: string): string | null {
  let t = raw.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  t = t.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}.,]+/gu, '');
  // Decomposition can leave a separator at an edge ("\u0301.5" -> ".5"); keep only inner ones.
  t = t.replace(/^[.,]+|[.,]+$/gu, '').replace(/[.,](?!\p{N})/gu, '');
  if (/^[\p{N}.,]+$/u.test(t)) t = t.replace(/,/g, '');
  if (t.length === 0 || STOP_WORDS.has(t)) return null;
  return t;
}

/** The processed terms of a text, in order, duplicates kept. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenize(text)) {
    const t = processTerm(raw);
    if (t) out.push(t);
  }
  return out;
}
