/**
 * Dates in running text, in the shapes the engine's date type reads: "April 23, 2026",
 * "23 April 2026", "April 2026", "2026-04-23", "Tuesday, March 3, 2026", and a bare year
 * after a word that makes it a date ("in 2021", "by 2027"). A month and day without a year
 * ("April 23") is found too; the caller supplies the year in brackets, as editors do.
 */

import type { Corpus, Source } from '../model.ts';

export interface DateSpan {
  start: number;
  end: number;
  /** True when the written date has no year ("April 23"). */
  yearless: boolean;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|2\\d\\d\\d)';

const FULL = [
  // Month day, year / Month day / Month year / day Month year / ISO
  `${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d])`,
  `${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`,
  `${MONTH},?\\s+${YEAR}`,
  `${YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?`,
].map((s) => `(?:${s})`).join('|');
const DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FULL})(?![\\p{L}\\p{N}]|-\\d)`, 'gu');
/** Words after which a bare year is a date of something, not a count or a name. */
const YEAR_AFTER = /(?:^|[^\p{L}])(?:in|by|since|until|till|through|from|of|during|before|after|around|early|late|mid|end of|start of|launched|founded|released)[\s-]+$/iu;
const BARE_YEAR = new RegExp(`(?<![\\p{L}\\p{N}.,$-])${YEAR}(?![\\p{L}\\p{N}]|[.,]\\d|-\\d)`, 'gu');

export function findDates(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const m of text.matchAll(DATE)) {
    // Days have at most two digits, so four digits are the year.
    const yearless = !/\d{4}/.test(m[0]);
    spans.push({ start: m.index, end: m.index + m[0].length, yearless });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    if (spans.some((s) => m.index < s.end && s.start < m.index + 4)) continue;
    if (!YEAR_AFTER.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "the Securities Act of 1933", "Class of 2020": a year that ends a capitalised name is part of it.
    if (/\p{Lu}\p{L}*\s+of\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    spans.push({ start: m.index, end: m.index + 4, yearless: false });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The year a date written without one is taken to be in: the article's, else its upstreams', else the corpus's latest. */
export function assumedYear(corpus: Corpus, source: Source): string | undefined {
  const own = source.published ?? source.retrieved;
  if (own) return own.slice(0, 4);
  const years = (ids: (s: Source) => boolean) => corpus.sources.filter(ids).map((s) => s.published?.slice(0, 4)).filter((y): y is string => !!y).sort();
  const cited = years((s) => source.cites.includes(s.id));
  if (cited.length) return cited[cited.length - 1];
  const written = source.body.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g)?.sort();
  if (written?.length) return written[written.length - 1];
  const all = years(() => true);
  return all[all.length - 1];
}
