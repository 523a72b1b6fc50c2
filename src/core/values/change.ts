/**
 * Relative changes, written as a multiplier ("35x lower", "doubled") or as a percent
 * ("35% lower", "by 35%", "a 20% increase", "reduced by 35%", "+20%").
 *
 * `factor` is what the original quantity is multiplied by. When no direction is written
 * ("by 35%") the factor is the hull of both readings (0.645 to 1.355), which keeps the value
 * comparable without inventing a sign.
 */
import { compareChanges } from '../compare/numeric.ts';
import { changeFactor } from './change-factor.ts';
import type { Direction } from './direction.ts';
import { readDirectionPrefix, readDirectionSuffix, readDirectionWord } from './direction.ts';
import { figureExportFields } from './figure-type.ts';
import { BOUND_WORDS, directionWord, formatNumber } from './figures.ts';
import { intervalJson, scale } from './interval.ts';
import { readMultiplier } from './multiplier.ts';
import { clean, numericFields, readQuantity } from './numeral.ts';
import { PERCENT_MARK } from './percent.ts';
import { fail, ok } from './result.ts';
import type { Bound, ChangeView, Interval, NumericBase, Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export { changeFactor } from './change-factor.ts';

/** A relative change written either as a multiplier ("35x lower") or a percent ("35% lower"). */
export interface ChangeValue extends NumericBase {
  type: 'change';
  /** `direction`: a direction alone ("lower", "rises"), whose magnitude is unknown. */
  form: 'multiplier' | 'percent' | 'direction';
  direction?: 'increase' | 'decrease';
  /** Where a direction the figure does not write came from (see in-context.ts). */
  directionFrom?: 'quote' | 'property';
  /** The change as a factor on the original quantity (35x lower -> 1/35; 35% lower -> 0.65), as an interval. */
  factor: Interval;
}

export const CHANGE_EXPECTED =
  'a change such as "35% lower", "reduced by 35%", "a 20% increase", "35x lower", "doubled" or a direction alone ("lower", "rises")';

/** A direction alone: some change, of unknown size, in that direction. */
export function directionOnly(direction: Direction): ChangeValue {
  const base = { form: 'direction', direction, value: 0, bound: 'over', halfStep: 0, decimals: 0 } as const;
  const interval: Interval = { lo: 0, hi: Infinity, loOpen: true, hiOpen: true };
  const factor: Interval = direction === 'increase' ? { lo: 1, hi: Infinity, loOpen: true, hiOpen: true } : { lo: 0, hi: 1, loOpen: true, hiOpen: true };
  return { type: 'change', ...base, interval, factor };
}

function merge(a: Direction | undefined, b: Direction | undefined): Direction | undefined | 'conflict' {
  if (a && b && a !== b) return 'conflict';
  return a ?? b;
}

export function parseChange(raw: RawValue): Parsed<ChangeValue> {
  if (typeof raw !== 'string') return fail(CHANGE_EXPECTED);
  let text = clean(raw).replace(/^(?:a|an)\s+/i, '');
  const alone = readDirectionWord(text);
  if (alone) return ok(directionOnly(alone));
  const prefix = readDirectionPrefix(text);
  text = prefix.rest;
  let signDirection: Direction | undefined;
  if (/^[+-]\s*[\d.]/.test(text)) {
    signDirection = text.startsWith('-') ? 'decrease' : 'increase';
    text = text.slice(1).trim();
  }
  let form: ChangeValue['form'];
  let fields: ReturnType<typeof numericFields>;
  let written: Direction | undefined;
  let rest: string;
  const multiplier = readMultiplier(text);
  if (multiplier) {
    form = 'multiplier';
    fields = numericFields(multiplier.quantity, { nonNegative: true });
    written = multiplier.direction;
    rest = multiplier.rest;
  } else {
    const q = readQuantity(text);
    const mark = q ? PERCENT_MARK.exec(q.rest) : null;
    if (!q || !mark) return fail(CHANGE_EXPECTED);
    const after = q.rest.slice(mark[0].length);
    const plus = q.bound === 'exact' && after.startsWith('+');
    const quantity = { ...q, bound: plus ? ('over' as const) : q.bound };
    const suffix = readDirectionSuffix((plus ? after.slice(1) : after).trim());
    if (!suffix) return fail(CHANGE_EXPECTED);
    form = 'percent';
    fields = numericFields(quantity, { nonNegative: true });
    written = suffix.direction;
    rest = suffix.rest.trim();
  }
  if (rest !== '' || fields.value < 0) return fail(CHANGE_EXPECTED);
  const d1 = merge(prefix.direction, signDirection);
  const direction = d1 === 'conflict' ? d1 : merge(d1, written);
  if (direction === 'conflict') return fail(`${CHANGE_EXPECTED}, with one direction`);
  const base = { form, ...fields, ...(direction ? { direction } : {}) };
  return ok({ type: 'change', ...base, factor: changeFactor(base) });
}

function formatChange(v: ChangeValue): string {
  if (v.form === 'direction') return v.direction === 'increase' ? 'higher' : 'lower';
  const n = formatNumber(v.value, v.decimals);
  const mark = v.form === 'percent' ? '%' : 'x';
  const figure = `${BOUND_WORDS[v.bound]}${n}${mark}`;
  if (v.directionFrom) return `by ${figure} (${v.direction === 'increase' ? 'an increase' : 'a decrease'}, from the ${v.directionFrom})`;
  return v.direction ? `${figure}${directionWord(v.direction)}` : `by ${figure}`;
}

const asChange = (v: ChangeValue): ChangeView => ({ ...v, source: v, text: formatChange(v) });

/** A bound seen from the other side of zero: "over 35% lower" is under -35. */
const MIRRORED: Record<Bound, Bound> = { exact: 'exact', over: 'under', under: 'over', 'at-least': 'at-most', 'at-most': 'at-least', about: 'about', nearly: 'nearly' };

/**
 * The interval and bound of the signed figure `normalize` publishes, so the published value lies
 * in its own interval: "35% lower" is -35, and 35 ± 0.5 lower is -35.5 to -34.5. Comparisons keep
 * the written magnitude (`interval`) and the factor; only the exports turn it.
 */
function signedFigure(v: ChangeValue): { bound: Bound; interval: Interval } {
  return v.direction === 'decrease' ? { bound: MIRRORED[v.bound], interval: scale(v.interval, -1) } : { bound: v.bound, interval: v.interval };
}

export const changeType: ValueTypeDefinition<ChangeValue> = {
  name: 'change',
  description: 'a relative change, as a multiplier or a percent, or a direction alone; a figure without its direction takes the one its quote or property gives',
  examples: ['35x lower', '35% lower', 'reduced by 35%', '20% increase', 'doubled', 'lower'],
  parse: parseChange,
  // The signed figure as written: "35% lower" is -35, "35x lower" is -35.
  normalize: (v) => (v.form === 'direction' ? (v.direction ?? '') : v.direction === 'decrease' ? -v.value : v.value),
  format: formatChange,
  unit: (v) => (v.form === 'percent' ? '%' : v.form === 'multiplier' ? 'x' : ''),
  compare: (a, b) => compareChanges(asChange(a), asChange(b)),
  exportFields: (v) => {
    if (v.form === 'direction') return { form: v.form, direction: v.direction, factor: intervalJson(v.factor) };
    const fields = figureExportFields({ ...v, ...signedFigure(v) });
    fields.factor = intervalJson(v.factor);
    return fields;
  },
  // The interval is on the written figure, not on the quantity that changed; the site shows no range.
  rangeText: () => '',
  asChange,
};
