/** Yes/no facts: true/false, "yes"/"no". */
import { clean } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface BooleanValue {
  type: 'boolean';
  value: boolean;
}

export const BOOLEAN_EXPECTED = 'yes or no (true/false)';

export function parseBoolean(raw: RawValue): Parsed<BooleanValue> {
  if (typeof raw === 'boolean') return ok({ type: 'boolean', value: raw });
  if (typeof raw !== 'string') return fail(BOOLEAN_EXPECTED);
  const word = clean(raw).toLowerCase();
  if (word === 'true' || word === 'yes') return ok({ type: 'boolean', value: true });
  if (word === 'false' || word === 'no') return ok({ type: 'boolean', value: false });
  return fail(BOOLEAN_EXPECTED);
}

export const booleanType: ValueTypeDefinition<BooleanValue> = {
  name: 'boolean',
  description: 'a yes/no fact',
  examples: [true, false],
  parse: parseBoolean,
  normalize: (v) => v.value,
  format: (v) => (v.value ? 'yes' : 'no'),
  unit: () => '',
  compare: (a, b) =>
    a.value === b.value ? { agree: true } : { agree: false, diagnosis: 'boolean-mismatch', note: 'One source says yes and the other no.' },
  exportFields: () => ({}),
  rangeText: () => '',
  // A contributor typing "yes" means the fact, so the file gets a YAML boolean rather than the word.
  toRaw: (v) => v.value,
};
