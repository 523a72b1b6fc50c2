/** Human renderings of typed values, for explanations, notes and the site: each type formats its own. */
import { definitionFor, type TypedValue } from './registry.ts';

export { BOUND_WORDS, describeBound, directionWord, formatNumber, formatUpTo } from './figures.ts';

export function formatValue(v: TypedValue): string {
  return definitionFor(v).format(v);
}

/** The unit a spreadsheet column should show beside the normalised value. */
export function unitOf(v: TypedValue): string {
  return definitionFor(v).unit(v);
}
