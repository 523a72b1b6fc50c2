/**
 * Digits that are not checkable figures: names ("GPT-5.5", "Aurora 2", "Terminal-Bench 2.0"),
 * reference markers ("[4]", "[1, 3]"), list numbering, section and version numbers, page
 * furniture ("6 min read", "Page 2 of 3"), clock times and citation years ("(2025)").
 * Each rule returns the spans to leave alone; a figure whose number starts inside one is dropped.
 */

export interface Span {
  start: number;
  end: number;
}

/** A compiled list of the project's names (subjects, aliases, property labels) that contain digits. */
export type NamePattern = RegExp | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function namePattern(names: readonly string[]): NamePattern {
  const withDigits = [...new Set(names.filter((n) => /\d/.test(n)))].sort((a, b) => b.length - a.length);
  if (withDigits.length === 0) return undefined;
  // Dashes and spaces inside a name vary between writers ("FrontierMath T1–3", "GPT 5.5").
  const alternatives = withDigits.map((n) => escape(n).replace(/(?:\\-|–|—|-|\s)+/g, '[\\s\\-–—]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{N}])`, 'giu');
}

/** Words that, capitalised before a bare number, make it part of a name or a heading number. */
const FURNITURE = /^(?:page|pages|section|sections|chapter|figure|fig|table|version|v|step|part|tier|phase|level|round|vol|volume|issue|no|number|item|episode|season|series|model|release|update|gen|generation|class|type|grade|appendix|exhibit|note|footnote|slide|question|q)$/i;
/** Capitalised words that may stand before a figure without naming anything. */
const NOT_A_NAME = new Set([
  'over', 'under', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'just', 'only', 'more',
  'less', 'fewer', 'up', 'down', 'by', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'with', 'since', 'until', 'after',
  'before', 'during', 'than', 'and', 'or', 'but', 'the', 'a', 'an', 'all', 'its', 'their', 'his', 'her', 'our', 'about',
  'at least', 'exactly', 'another', 'with', 'costs', 'cost', 'was', 'is', 'are', 'were', 'reached', 'scored', 'scores',
  'input', 'output', 'standard', 'batch', 'total', 'price', 'pricing', 'context', 'window', 'score', 'accuracy', 'cutoff',
  'compute', 'maximum', 'minimum', 'average', 'median', 'revenue', 'users', 'employees',
]);

function matches(re: RegExp, text: string, group = 0): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
    out.push({ start, end: start + m[group].length });
  }
  return out;
}

export function maskedSpans(text: string, names: NamePattern, opts: { lineStart: boolean }): Span[] {
  const spans: Span[] = [];
  if (names) spans.push(...matches(names, text));
  // Reference markers: [4], [1, 3], [12–14]; superscript-like glued markers ".[1]".
  spans.push(...matches(/\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]/g, text));
  // Identifiers mixing letters and digits: H200, GB300, NVL72, v2, 4o, T1, 3D (but not 35x, 128K, 1M, 2bn).
  spans.push(...matches(/(?<![\p{L}\p{N}])(?:\p{L}+[-.]?\d[\p{L}\p{N}.\-–]*|\d+(?!(?:[kKMBTx×]|bn|mn|m|st|nd|rd|th)(?![\p{L}\p{N}]))\p{L}[\p{L}\p{N}]*)/gu, text));
  // List numbering and numbered headings at the start of a line: "1. ", "2) ", "## 3. ".
  if (opts.lineStart) spans.push(...matches(/^(?:#{1,6}\s*|[-*+]\s+)?(\d{1,3}[.)])(?=\s|$)/g, text, 1));
  // Capitalised word + bare number: "Aurora 2", "Version 2.1", "Page 2 of 3", and furniture words in any case.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}[\p{L}'’.-]*)\s+(\d+(?:\.\d+)*)(?![\p{N}%$€£×]|[.,]\d|\s*(?:%|percent|per cent|x\b|×|times|million|billion|trillion|thousand|[kKMBT]\b))/gu)) {
    const word = m[1];
    const lower = word.toLowerCase();
    const furniture = FURNITURE.test(word);
    const capitalised = /^\p{Lu}/u.test(word) && !NOT_A_NAME.has(lower) && m.index > 0;
    if (furniture || capitalised) {
      const start = m.index + m[0].length - m[2].length;
      spans.push({ start, end: start + m[2].length });
    }
  }
  // "Page 2 of 3", "2 of 3" after a furniture word, reading times, clock times, ratios.
  spans.push(...matches(/\b(?:page|part|slide|step)\s+\d+\s+of\s+\d+/gi, text));
  spans.push(...matches(/\d+\s*(?:-|\s)?min(?:ute)?s?\s+read/gi, text));
  // Word counts in bylines: "2,048 words", "2 048 words" (a capture may run them into the date: "202611 min read2 048 words").
  spans.push(...matches(/\d[\d, ]*\s+words\b/gi, text));
  spans.push(...matches(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, text));
  // Telephone numbers ("+1 415 555 0134", "(415) 555-0134") and e-mail or web addresses.
  spans.push(...matches(/(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g, text));
  spans.push(...matches(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/g, text));
  // A year that ends a capitalised name: "the Securities Act of 1933".
  spans.push(...matches(/\p{Lu}\p{L}*\s+of\s+(\d{4})(?!\d)/gu, text, 1));
  // Citation years: "(2025)", "(Smith, 2019)", "(Smith et al., 2019)".
  spans.push(...matches(/\((?:[^()]*?,\s*)?(?:19|20)\d\d[a-z]?\)/g, text));
  return spans;
}

export function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
