/** Yes/no facts: true/false, "yes"/"no". */
import type { ParseResult, RawValue } from '../model.ts';
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';

export const BOOLEAN_EXPECTED = 'yes or no (true/false)';

export function parseBoolean(raw: RawValue): ParseResult {
  if (typeof raw === 'boolean') return ok({ type: 'boolean', value: raw });
  if (typeof raw !== 'string') return fail(BOOLEAN_EXPECTED);
  const word = clean(raw).toLowerCase();
  if (word === 'true' || word === 'yes') return ok({ type: 'boolean', value: true });
  if (word === 'false' || word === 'no') return ok({ type: 'boolean', value: false });
  return fail(BOOLEAN_EXPECTED);
}
