/** Field schemas shared by the source, claim and registry schemas. */
import { z } from 'zod';
import { idKey, INVISIBLE_OR_BIDI } from '../ids.ts';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const CHARACTER_NAMES: Record<string, string> = {
  '.': 'full stop',
  ',': 'comma',
  '_': 'underscore',
  ' ': 'space',
  '/': 'slash',
  '\\': 'backslash',
  ':': 'colon',
  ';': 'semicolon',
  "'": 'apostrophe',
  '"': 'quotation mark',
  '+': 'plus sign',
  '&': 'ampersand',
  '(': 'opening parenthesis',
  ')': 'closing parenthesis',
  '@': 'at sign',
  '#': 'number sign',
  '!': 'exclamation mark',
  '?': 'question mark',
  '*': 'asterisk',
  '=': 'equals sign',
  '~': 'tilde',
  '\t': 'tab',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2019': 'curly apostrophe',
};

/**
 * A character as a reader can find it: '"." (full stop)'. Outside ASCII the code point stays,
 * since it is what tells a look-alike (Cyrillic "о") from the letter it imitates.
 */
export function describeCharacter(c: string): string {
  const shown = JSON.stringify(c);
  const name = CHARACTER_NAMES[c];
  if (name) return `${shown} (${name})`;
  return c.codePointAt(0)! > 0x7e ? `${shown} (${codePoint(c)}, not a letter a-z)` : shown;
}

/** The message of the partial date check: issues.ts recognises it to suggest the ISO form. */
export const DATE_ERROR = 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2026-04-23)';

export const idSchema = z
  .string()
  // Checked first and alone: an invisible character is the likeliest trick, and "not kebab-case" would hide it.
  .refine((s) => !INVISIBLE_OR_BIDI.test(s), {
    abort: true,
    error: (iss) => `contains the invisible or text-direction character ${codePoint(INVISIBLE_OR_BIDI.exec(String(iss.input))?.[0] ?? '?')}; retype the id`,
  })
  .regex(ID_PATTERN, {
    error: (iss) => {
      const input = String(iss.input);
      const folded = idKey(input);
      if (ID_PATTERN.test(folded)) return `must be lowercase: write "${folded}"`;
      // Naming the first stray character exposes look-alikes (Cyrillic "о") that the eye cannot.
      const stray = /[^a-z0-9-]/u.exec(input)?.[0];
      return `must be a lowercase kebab-case id: letters a-z, digits and "-", starting with a letter or digit${stray ? ` (${describeCharacter(stray)} is not one of them)` : ''}`;
    },
  })
  .max(120, { error: 'must be at most 120 characters' })
  .describe('A stable lowercase kebab-case identifier, e.g. "gpt-5-5".');

export const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealPartialDate(s: string): boolean {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** YAML reads `2026` as a number, so accept it and keep the text form. */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine(isRealPartialDate, { error: DATE_ERROR })
  .describe('A date, possibly partial: "2026", "2026-04" or "2026-04-23".');

export function isHttpUrl(value: string): boolean {
  // The URL parser forgives leading spaces, control characters and embedded tabs or
  // newlines (so does a browser); we refuse anything that needs forgiving, so the
  // text a reviewer reads is the address a reader follows.
  if (!/^https?:\/\//i.test(value) || /[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string()
  .refine(isHttpUrl, { error: 'must be an absolute http:// or https:// URL' })
  .describe('An absolute http(s) URL. Other schemes (javascript:, data:, file:) are refused.');

/** A value as the source wrote it: text, a number, or a yes/no. */
export const rawValueSchema = z
  .union([z.string().min(1, { error: 'must not be empty' }), z.number(), z.boolean()], {
    error: 'must be a string such as "82.7%", a number, or true/false',
  })
  .describe('The value as the source wrote it, e.g. "82.7%", "over 10,000", "April 23, 2026", true.');
