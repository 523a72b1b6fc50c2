/** The hint of a value that does not read as its property's type. */
import type { Property, RawValue } from './model.ts';
import { describeOtherReading } from './values/index.ts';
import { quoteUserText } from './diagnostics.ts';

/** What a value should look like, and what it reads as instead when another type accepts it. */
export function unparseableHint(expected: string, type: Property['type'], raw: RawValue): string {
  const other = describeOtherReading(type, raw, (text) => quoteUserText(text));
  return other ? `Expected ${expected}. ${other}` : `Expected ${expected}.`;
}
