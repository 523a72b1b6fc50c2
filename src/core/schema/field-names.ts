/**
 * Field paths as a reader names them: `reports[1].value` becomes "value" of the report on line 9,
 * since a contributor counts reports from 1 (or not at all) and finds them by line, not by index.
 */
import { quoteUserText } from '../diagnostics.ts';
import type { PositionMap } from '../parse/yaml.ts';

/** What one item of a list of mappings is called. */
const ITEM_NOUNS: Record<string, string> = {
  reports: 'report',
  evidence: 'evidence passage',
  subjects: 'subject',
  properties: 'property',
  relations: 'relation',
};

export interface Place {
  /** The field inside the innermost list item, or the whole path when no list is crossed: "value", "verdict.note". */
  field: string;
  /** "the report on line 9", "entry 2 of \"cites\"", or undefined outside any list. */
  item?: string;
  /** Whether `item` is an entry of a list of plain values (then it has no fields). */
  scalarEntry: boolean;
}

export function placeOf(path: ReadonlyArray<PropertyKey>, positions: PositionMap): Place {
  let k = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'number') {
      k = i;
      break;
    }
  }
  if (k < 0) return { field: path.map(String).join('.'), scalarEntry: false };
  const list = String(path[k - 1] ?? 'list');
  const index = path[k] as number;
  const field = path.slice(k + 1).map(String).join('.');
  const noun = ITEM_NOUNS[list];
  if (!noun) return { field, item: `entry ${index + 1} of ${quoteUserText(path.slice(0, k).map(String).join('.'))}`, scalarEntry: field === '' };
  const line = positions.get(path.slice(0, k + 1).map(String).join('.'))?.line;
  return { field, item: line ? `the ${noun} on line ${line}` : `${noun} ${index + 1}`, scalarEntry: false };
}

/** "Field \"value\" of the report on line 9", "Entry 2 of \"cites\"", "Field \"published\"". */
export function fieldPhrase(place: Place): string {
  if (!place.item) return `Field ${quoteUserText(place.field || '(front matter)')}`;
  if (!place.field) return place.item[0].toUpperCase() + place.item.slice(1);
  return `Field ${quoteUserText(place.field)} of ${place.item}`;
}
