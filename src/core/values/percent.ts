/** Percent values as writers write them: "82.7%", "69%", "20 percent", "over 20%", "about 40%". */
import type { ParseResult, RawValue } from '../model.ts';
import { numericFields, rawToText, readQuantity } from './numeral.ts';
import { fail, ok } from './result.ts';

export const PERCENT_EXPECTED = 'a percent such as "82.7%", "over 20%" or "about 40%"';

/** Matches the percent sign or word right after a numeral; exported for the change grammar. */
export const PERCENT_MARK = /^(?:%|per ?cent\b|pct\b)\s*/i;

export function parsePercent(raw: RawValue): ParseResult {
  const text = rawToText(raw);
  if (text === undefined || text === '') return fail(PERCENT_EXPECTED);
  const q = readQuantity(text);
  if (!q) return fail(PERCENT_EXPECTED);
  // A bare YAML number is taken as already being in percent.
  const mark = PERCENT_MARK.exec(q.rest);
  if (!mark && typeof raw !== 'number') return fail(PERCENT_EXPECTED);
  const rest = mark ? q.rest.slice(mark[0].length) : q.rest;
  // "13%+" is rare but unambiguous; re-read a trailing bound after the sign.
  let bound = q.bound;
  let tail = rest.trim();
  if (bound === 'exact' && tail === '+') {
    bound = 'over';
    tail = '';
  }
  if (tail !== '') return fail(PERCENT_EXPECTED);
  return ok({ type: 'percent', ...numericFields({ ...q, bound }) });
}
