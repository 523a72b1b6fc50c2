/** Field schemas shared by the source, claim and registry schemas. */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'must be a lowercase kebab-case id: letters a-z, digits and "-", starting with a letter or digit' })
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
  .refine(isRealPartialDate, { error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2026-04-23)' })
  .describe('A date, possibly partial: "2026", "2026-04" or "2026-04-23".');

export function isHttpUrl(value: string): boolean {
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
