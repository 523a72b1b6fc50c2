/**
 * Dates as writers write them: "April 23, 2026", "Apr 23, 2026", "23 April 2026",
 * "April 2026", "2026", "2026-04", "2026-04-23". An editor may supply a year the article
 * left implicit in square brackets ("April 23 [2026]"); the brackets are dropped.
 * A date keeps its written precision, so "April 2026" covers the whole month.
 */
import { quotePair } from '../compare/numeric.ts';
import type { Comparison } from '../compare/types.ts';
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface DateValue {
  type: 'date';
  precision: 'year' | 'month' | 'day';
  /** ISO text at the written precision: "2026", "2026-04", "2026-04-23". */
  iso: string;
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  firstDay: number;
  lastDay: number;
}

export const DATE_EXPECTED =
  'a date such as "April 23, 2026", "23 April 2026", "April 2026", "2026" or "2026-04-23"';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\.?,?\s+/i;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "04/05/2026", "4.5.2026", "4-5-2026": day and month in an order the text does not say. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const MS_PER_DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Build a DateValue, or undefined when the parts name no real date (Feb 30, month 13). */
export function makeDate(year: number, month?: number, day?: number): DateValue | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month === undefined) {
    return { type: 'date', precision: 'year', iso: String(year), firstDay: dayNumber(year, 1, 1), lastDay: dayNumber(year, 12, 31) };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (day === undefined) {
    return {
      type: 'date',
      precision: 'month',
      iso: `${year}-${pad(month)}`,
      firstDay: dayNumber(year, month, 1),
      lastDay: dayNumber(year, month, last),
    };
  }
  if (!Number.isInteger(day) || day < 1 || day > last) return undefined;
  const n = dayNumber(year, month, day);
  return { type: 'date', precision: 'day', iso: `${year}-${pad(month)}-${pad(day)}`, firstDay: n, lastDay: n };
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function parseParts(text: string): DateValue | undefined | 'invalid' {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) return makeDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined) ?? 'invalid';
  const tokens = text.split(' ');
  const day = (t: string): number | undefined => {
    const d = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(t);
    return d ? Number(d[1]) : undefined;
  };
  const year = (t: string): number | undefined => (/^\d{4}$/.test(t) ? Number(t) : undefined);
  const build = (y?: number, mo?: number, d?: number): DateValue | 'invalid' | undefined =>
    y === undefined || mo === undefined ? undefined : makeDate(y, mo, d) ?? 'invalid';
  if (tokens.length === 3) {
    // "April 23 2026" or "23 April 2026"
    const monthFirst = monthOf(tokens[0]);
    if (monthFirst !== undefined && day(tokens[1]) !== undefined) return build(year(tokens[2]), monthFirst, day(tokens[1]));
    const monthSecond = monthOf(tokens[1]);
    if (monthSecond !== undefined && day(tokens[0]) !== undefined) return build(year(tokens[2]), monthSecond, day(tokens[0]));
    return undefined;
  }
  if (tokens.length === 2) return build(year(tokens[1]), monthOf(tokens[0]));
  return undefined;
}

/**
 * A date written in figures only. Month-first and day-first orders are both common, so it is
 * read only when one order names no real date ("4/23/2026"); otherwise the reader is told
 * both readings and asked to write the month as a word.
 */
function parseNumericDate(m: RegExpExecArray): Parsed<DateValue> {
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const monthFirst = makeDate(year, a, b);
  const dayFirst = makeDate(year, b, a);
  if (monthFirst && dayFirst && a !== b) {
    return fail(
      `a date whose month is written as a word: "${m[0]}" is ambiguous, it reads as ${formatDate(monthFirst)} (month first, as in the US) or as ${a} ${MONTH_NAMES[b - 1]} ${year} (day first, as in most other places); write the one the article means, such as "${formatDate(monthFirst)}" or "${a} ${MONTH_NAMES[b - 1]} ${year}"`,
    );
  }
  const only = monthFirst ?? dayFirst;
  return only ? ok(only) : fail(`${DATE_EXPECTED} that exists on the calendar`);
}

export function parseDate(raw: RawValue): Parsed<DateValue> {
  if (typeof raw === 'number') {
    const value = makeDate(raw);
    return value ? ok(value) : fail(DATE_EXPECTED);
  }
  if (typeof raw !== 'string') return fail(DATE_EXPECTED);
  let text = clean(raw)
    .replace(/\[\s*(\d{4})\s*\]/g, ' $1 ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const weekday = WEEKDAY.exec(text);
  if (weekday) text = text.slice(weekday[0].length);
  // "the 3rd of March 2026" and "3rd of March": the article and "of" carry no date.
  text = text.replace(/^the\s+/i, '').replace(/^(\d{1,2}(?:st|nd|rd|th)?)\s+of\s+/i, '$1 ');
  // "2026/04/23" puts the year first, as ISO does: one reading only.
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (yearFirst) text = `${yearFirst[1]}-${yearFirst[2].padStart(2, '0')}-${yearFirst[3].padStart(2, '0')}`;
  // "23-Apr-2026": hyphens around a month name separate like spaces.
  text = text.replace(/(\d)-(?=[a-z])|(?<=[a-z])\.?-(?=\d)/gi, '$1 ');
  const numeric = NUMERIC_DATE.exec(text);
  const parsed = numeric ? parseNumericDate(numeric) : parseParts(text);
  if (parsed !== undefined && typeof parsed === 'object' && 'ok' in parsed) return checkWeekday(parsed, weekday?.[1]);
  if (parsed === 'invalid') return fail(`${DATE_EXPECTED} that exists on the calendar`);
  if (parsed === undefined) {
    const part = /^(early|mid|late|end of|start of|beginning of|Q[1-4]|H[12]|first half of|second half of)[\s-]/i.exec(text);
    if (part) {
      return fail(
        `a day, a month or a year: "${part[1]}" names part of a period, which dates are not compared by. Write the month or the year the article gives (for "${raw}", the period after "${part[1]}"), and keep "${part[1]}" in the quote and the notes`,
      );
    }
    if (/^[a-z]+\.? \d{1,2}$/i.test(text) || /^\d{1,2} [a-z]+$/i.test(text)) {
      return fail(`${DATE_EXPECTED}, with its year (add it in brackets if the article omits it: "April 23 [2026]")`);
    }
    return fail(DATE_EXPECTED);
  }
  return checkWeekday(ok(parsed), weekday?.[1]);
}

/** A weekday written beside a day must be that day's: "Monday, March 3, 2026" is a typo somewhere. */
function checkWeekday(parsed: Parsed<DateValue>, written: string | undefined): Parsed<DateValue> {
  if (!parsed.ok || written === undefined || parsed.value.precision !== 'day') return parsed;
  const actual = WEEKDAY_NAMES[new Date(parsed.value.firstDay * MS_PER_DAY).getUTCDay()];
  const said = WEEKDAY_NAMES.find((d) => d.toLowerCase().startsWith(written.toLowerCase().slice(0, 3))) ?? written;
  if (said === actual) return parsed;
  return fail(`${DATE_EXPECTED}, whose weekday matches: ${formatDate(parsed.value)} is a ${actual}, not a ${said}; check which of the two the article means`);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "April 23, 2026", "April 2026" or "2026", for explanations. */
export function formatDate(d: DateValue): string {
  const [y, mo, da] = d.iso.split('-').map(Number);
  if (d.precision === 'year') return String(y);
  // A table, not toLocaleString: this runs for every report on every build and locale formatting is slow.
  const name = MONTH_NAMES[mo - 1];
  return d.precision === 'month' ? `${name} ${y}` : `${name} ${da}, ${y}`;
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/** Dates agree at the coarser of their two precisions; two different days never do. */
export function compareDates(a: DateValue, b: DateValue): Comparison {
  const fa = formatDate(a);
  const fb = formatDate(b);
  const overlap = a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
  if (a.precision === 'day' && b.precision === 'day') {
    if (a.firstDay === b.firstDay) return { agree: true };
    if (Math.abs(a.firstDay - b.firstDay) === 1) {
      return {
        agree: false,
        diagnosis: 'one-day-apart',
        note: `${quotePair(fa, fb)} are one day apart; a publication date taken for the event date, or a time zone, often explains this.`,
      };
    }
    return { agree: false, diagnosis: 'different-days', note: `${quotePair(fa, fb)} are different days.` };
  }
  if (a.precision !== b.precision) {
    const [coarse, fine] = RANK[a.precision] < RANK[b.precision] ? [fa, fb] : [fb, fa];
    if (overlap) {
      return { agree: true, diagnosis: 'coarser-date-agrees', note: `"${fine}" falls within "${coarse}".` };
    }
    return { agree: false, diagnosis: 'value-mismatch', note: `"${fine}" does not fall within "${coarse}".` };
  }
  if (a.iso === b.iso) return { agree: true };
  return { agree: false, diagnosis: 'value-mismatch', note: `${quotePair(fa, fb)} are different ${a.precision}s.` };
}

export const dateType: ValueTypeDefinition<DateValue> = {
  name: 'date',
  description: 'a day, month or year, at the precision the article wrote; a year the article leaves out goes in brackets',
  examples: ['April 23, 2026', 'April 2026', '2026-04-23', 'April 23 [2026]'],
  parse: parseDate,
  normalize: (v) => v.iso,
  format: formatDate,
  // The precision stands in for a unit: a spreadsheet reader needs to know "2026" means the whole year.
  unit: (v) => v.precision,
  compare: compareDates,
  exportFields: (v) => ({ precision: v.precision, iso: v.iso }),
  rangeText: (v) => (v.precision === 'day' ? '' : `any day in ${formatDate(v)}`),
};
