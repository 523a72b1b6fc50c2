/**
 * A value read the way the check reads a report: by its property's type, and then under what
 * the property declares about its values (claims/properties.yaml):
 *
 * - `unit`: a price written bare ("$5.30") takes the basis the unit states (per 1M input tokens);
 * - `precision`: `exact` values (list prices, specifications) mean exactly what is written, so
 *   "$5" is $5.00 and conflicts with "$5.30"; `measured` values (scores, counts read off a page)
 *   are as precise as their last written digit, so 69% agrees with 69.4%. Hedges ("about", "over",
 *   "up to") widen or bound either kind. The default depends on the type (DEFAULT_PRECISION);
 * - `list`: a text value is a list of names, compared as a set;
 * - `direction`: a change figure that writes no direction ("by 35%") takes the one its quote
 *   gives ("reduced ... by 35%"), else the property's; with neither, it is refused, never read
 *   as a rise by default.
 */
import type { Direction } from './direction.ts';
import { changeFactor } from './change-factor.ts';
import type { ChangeValue } from './change.ts';
import { formatNumber } from './figures.ts';
import { definitionFor, type ParseResult, type TypedValue, type ValueType } from './registry.ts';
import { parseValue } from './index.ts';
import { asList } from './text.ts';
import type { RawValue } from './types.ts';

export type Precision = 'exact' | 'measured';

/** What a property declares about its values; a Property from claims/properties.yaml is one. */
export interface ValueContext {
  type: ValueType;
  unit?: string;
  precision?: Precision;
  list?: boolean;
  direction?: Direction;
}

/**
 * Money is exact by default: a price, a fee or a budget line is stated, not measured. A lump
 * sum written with a scale word ("$200 million") is usually rounded: declare `precision: measured`
 * on such a property. Every other figure is measured by default.
 */
export const DEFAULT_PRECISION: Readonly<Record<ValueType, Precision>> = {
  percent: 'measured',
  number: 'measured',
  money: 'exact',
  date: 'exact',
  multiplier: 'measured',
  change: 'measured',
  boolean: 'exact',
  text: 'exact',
};

export function precisionOf(ctx: ValueContext): Precision {
  return ctx.precision ?? DEFAULT_PRECISION[ctx.type];
}

const DECREASE_BEFORE = /\b(?:reduc\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas\w*|fell|fall(?:s|ing)?|dropp?\w*|declin\w*|slash\w*|shr[iau]nk\w*|down|sav(?:e|es|ed|ing))\b/gi;
const INCREASE_BEFORE = /\b(?:increas\w*|rises?|rising|rose|grew|grow(?:s|ing|th)?|rais\w*|boost\w*|jump\w*|climb\w*|up(?!\s+to\b)|higher|gain\w*|improv\w*|premium)\b/gi;
const DECREASE_AFTER = /^\s*(?:lower|less|fewer|cheaper|smaller|down|drop|decrease|reduction|cut|saving)\b/i;
const INCREASE_AFTER = /^\s*(?:higher|more|greater|larger|up|rise|increase|gain|improvement|premium)\b/i;

/** The last match of `re` in `text`, as its end offset, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * The direction the quote gives the figure: the nearest direction word before it in the same
 * clause ("reduced the per-token cost by 35%"), or the word right after it ("20% more").
 */
export function directionInQuote(quote: string, figure: number): Direction | undefined {
  const digits = String(figure);
  // The figure itself, not a longer number holding its digits ("35" in "350" or "1.35").
  const found = new RegExp(`(?<![\\d.,])${digits.replace('.', '\\.')}(?![\\d]|[.,]\\d)`).exec(quote);
  if (!found) return undefined;
  const at = found.index;
  const after = quote.slice(at + digits.length).replace(/^\s*(?:%|per ?cent|pct|x|×|times)/i, '');
  if (DECREASE_AFTER.test(after)) return 'decrease';
  if (INCREASE_AFTER.test(after)) return 'increase';
  // The clause before the figure, back to the last sentence or clause break.
  const before = quote.slice(0, at).split(/[.;:!?]\s/).pop() ?? '';
  const down = lastEnd(DECREASE_BEFORE, before);
  const up = lastEnd(INCREASE_BEFORE, before);
  if (down < 0 && up < 0) return undefined;
  return down > up ? 'decrease' : 'increase';
}

function withDirection(v: ChangeValue, direction: Direction, from: 'quote' | 'property'): ChangeValue {
  const base = { ...v, direction, directionFrom: from };
  return { ...base, factor: changeFactor({ form: v.form === 'multiplier' ? 'multiplier' : 'percent', interval: v.interval, value: v.value, direction }) };
}

/** Never throws; a refusal says what was expected, as parseValue's do. */
export function readValue(ctx: ValueContext, raw: RawValue, quote?: string): ParseResult {
  const parsed = parseValue(ctx.type, raw);
  if (!parsed.ok) return parsed;
  let v: TypedValue = parsed.value;
  const adopt = definitionFor(v).withPropertyUnit;
  if (adopt && ctx.unit) v = adopt(v, ctx.unit);
  if ('interval' in v && v.type !== 'change' && v.bound === 'exact' && precisionOf(ctx) === 'exact') {
    v = { ...v, interval: { lo: v.value, hi: v.value, loOpen: false, hiOpen: false }, exact: true };
  }
  if (v.type === 'text' && ctx.list) v = asList(v);
  if (v.type === 'change' && !v.direction) {
    const fromQuote = quote === undefined ? undefined : directionInQuote(quote, v.value);
    if (fromQuote) v = withDirection(v, fromQuote, 'quote');
    else if (ctx.direction) v = withDirection(v, ctx.direction, 'property');
    else {
      const figure = `${formatNumber(v.value, v.decimals)}${v.form === 'percent' ? '%' : 'x'}`;
      return {
        ok: false,
        expected: `a change with its direction: neither the value, its quote nor the property says whether ${figure} is a rise or a fall. Write the value with its direction as the article gives it, such as "reduced by ${figure}" or "${figure} higher", or declare \`direction: increase\` or \`direction: decrease\` on the property in claims/properties.yaml`,
      };
    }
  }
  return { ok: true, value: v };
}
