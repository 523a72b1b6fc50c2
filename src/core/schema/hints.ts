/**
 * Specific fixes for schema errors, where one is cheap to work out: the ISO form of a date
 * written another way, the allowed spelling of an enum value, an example line for a missing
 * field, a declared id for one written with a stray character.
 */
import { quoteUserText } from '../diagnostics.ts';
import { suggest } from '../suggest.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d?: number): string | undefined {
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function monthOf(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 && /^[a-z]+\.?$/i.test(word) ? i + 1 : undefined;
}

/**
 * The YYYY-MM-DD form of a date written another way, or the two readings when the order of day
 * and month cannot be told ("05/04/2026"). Undefined when the text is not a date we can read.
 */
export function isoDateOf(input: unknown): { date: string } | { either: [string, string] } | undefined {
  if (typeof input !== 'string') return undefined;
  const s = input.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (m) {
    const date = realDate(+m[1], +m[2], m[3] === undefined ? undefined : +m[3]);
    return date ? { date } : undefined;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    const dayFirst = realDate(y, b, a);
    const monthFirst = realDate(y, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { either: [dayFirst, monthFirst] };
    const date = dayFirst ?? monthFirst;
    return date ? { date } : undefined;
  }
  // "April 25, 2026", "Apr. 25 2026", "25 April 2026", "25th of April, 2026", "April 2026".
  m = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s);
  const n = m ? undefined : /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+\.?),?\s+(\d{4})$/i.exec(s);
  const o = m || n ? undefined : /^([a-z]+\.?),?\s+(\d{4})$/i.exec(s);
  const [word, day, year] = m ? [m[1], +m[2], +m[3]] : n ? [n[2], +n[1], +n[3]] : o ? [o[1], undefined, +o[2]] : [];
  const month = word === undefined ? undefined : monthOf(word);
  const date = month && year ? realDate(year, month, day) : undefined;
  return date ? { date } : undefined;
}

export function dateHint(input: unknown): string {
  const iso = isoDateOf(input);
  if (iso && 'date' in iso) return `Write ${iso.date}.`;
  if (iso) return `Write it as YYYY-MM-DD: ${iso.either[0]} if the day comes first, ${iso.either[1]} if the month does.`;
  return 'Write it as YYYY-MM-DD (e.g. 2026-04-23), or YYYY-MM or YYYY when the article gives no day or month.';
}

export function enumHint(input: unknown, values: readonly unknown[]): string {
  const allowed = values.map(String);
  const key = typeof input === 'string' ? input.trim().toLowerCase().replace(/[\s_]+/g, '-') : undefined;
  const match = key === undefined ? undefined : allowed.find((v) => v.toLowerCase() === key);
  if (match) return `Write ${quoteUserText(match)}: the values are written exactly as listed, in lowercase.`;
  const near = key === undefined ? undefined : suggest(key, allowed);
  return `Use one of ${allowed.map((v) => quoteUserText(v)).join(', ')}${near ? `; ${quoteUserText(near)} is the closest` : ''}.`;
}

/** One example line for each required field, as it would be written. */
const EXAMPLES: Record<string, string> = {
  subject: 'subject: gpt-5-5',
  property: 'property: swe-bench-pro',
  reports: 'reports:',
  source: 'source: alpha-news',
  value: 'value: "82.7%"',
  quote: 'quote: "the exact sentence from the article"',
  title: 'title: "Introducing GPT-5.5"',
  kind: 'kind: news',
  archived: 'archived: true',
  rating: 'rating: accurate',
  note: 'note: "Why the reports resolve this way."',
  reviewer: 'reviewer: your-handle',
  reviewed: 'reviewed: 2026-04-25',
  id: 'id: gpt-5-5',
  name: 'name: "GPT-5.5"',
  label: 'label: "SWE-bench Pro score"',
  type: 'type: percent',
  description: 'description: "What exactly it measures."',
};

export function missingFieldHint(path: ReadonlyArray<PropertyKey>, item: string | undefined): string {
  const field = String(path[path.length - 1]);
  const example = path[0] === 'subjects' && field === 'kind' ? 'kind: model' : EXAMPLES[field];
  const where = item ? `to ${item}` : 'to the front matter';
  return example ? `Add a line such as \`${example}\` ${where} (see the data model in the README).` : `Add \`${field}:\` ${where} (see the data model in the README).`;
}

/** Declared ids, with what to show beside one ("Gemini 3.1 Pro"), for the id fields of a file. */
export type IdLookup = (path: ReadonlyArray<PropertyKey>) => ReadonlyMap<string, string | undefined> | undefined;

/** A declared id for one written with stray characters or capitals: "gemini-3.1-pro" gives gemini-3-1-pro. */
export function idSuggestion(input: string, known: ReadonlyMap<string, string | undefined>): string | undefined {
  const lower = input.toLowerCase();
  const dashed = lower.replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  const near = [lower, dashed].find((c) => known.has(c)) ?? suggest(dashed, [...known.keys()]);
  if (!near) return undefined;
  const label = known.get(near);
  return `Did you mean ${quoteUserText(near)}${label ? ` (${label})` : ''}?`;
}
