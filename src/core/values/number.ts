/**
 * Plain counts and amounts: "6,613,169", "over 10,000", "57", "1M", "2 million", "13+",
 * optionally followed by the unit words the writer used ("over 10,000 systems", "10 gigawatts").
 * The unit is kept for display only; comparison goes by the number.
 */
import type { ParseResult, RawValue } from '../model.ts';
import { numericFields, rawToText, readQuantity } from './numeral.ts';
import { fail, ok } from './result.ts';

export const NUMBER_EXPECTED =
  'a number such as "6,613,169", "over 10,000", "2 million" or "13+ points"';

const UNIT = /^[\p{L}][\p{L}\p{N}\s'./&()-]*$/u;
/** Looks like a unit but really belongs to another value type. */
const NOT_A_UNIT = /^(?:x|×|times|fold|percent|per ?cent|pct)$/i;

export function parseNumber(raw: RawValue): ParseResult {
  const text = rawToText(raw);
  if (text === undefined || text === '') return fail(NUMBER_EXPECTED);
  const q = readQuantity(text);
  if (!q) return fail(NUMBER_EXPECTED);
  // "100,000-GPU cluster" glues the unit with a hyphen.
  const unit = q.rest.replace(/^-/, '').trim();
  if (unit !== '' && (!UNIT.test(unit) || NOT_A_UNIT.test(unit))) return fail(NUMBER_EXPECTED);
  return ok({ type: 'number', ...numericFields(q), ...(unit ? { unit } : {}) });
}
