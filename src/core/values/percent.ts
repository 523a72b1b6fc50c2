/** Percent values as writers write them: "82.7%", "69%", "20 percent", "over 20%", "about 40%". */
import { compareIntervals } from '../compare/numeric.ts';
import { changeFactor } from './change-factor.ts';
import { figureChart, figureExportFields, intervalRangeText } from './figure-type.ts';
import { BOUND_WORDS, formatNumber } from './figures.ts';
import { numericFields, rawToText, readQuantity } from './numeral.ts';
import { fail, ok } from './result.ts';
import type { NumericBase, Parsed, RawValue, ValueTypeDefinition } from './types.ts';

export interface PercentValue extends NumericBase {
  type: 'percent';
}

export const PERCENT_EXPECTED = 'a percent such as "82.7%", "over 20%" or "about 40%"';

/** Matches the percent sign or word right after a numeral; exported for the change grammar. */
export const PERCENT_MARK = /^(?:%|per ?cent\b|pct\b)\s*/i;

export function parsePercent(raw: RawValue): Parsed<PercentValue> {
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

const formatPercent = (v: PercentValue): string => `${BOUND_WORDS[v.bound]}${formatNumber(v.value, v.decimals)}%`;
const tick = (_v: PercentValue, figure: string): string => `${figure}%`;

export const percentType: ValueTypeDefinition<PercentValue> = {
  name: 'percent',
  description: 'a share or rate, with its written precision and bound',
  examples: ['82.7%', '20 percent', 'over 20%', 'about 40%'],
  parse: parsePercent,
  normalize: (v) => v.value,
  format: formatPercent,
  unit: () => '%',
  compare: (a, b) => compareIntervals(a, b, formatPercent),
  exportFields: figureExportFields,
  rangeText: (v) => intervalRangeText(v, (figure) => tick(v, figure)),
  chart: figureChart(tick),
  // A bare percent set against a change or a multiplier is a change of unknown direction.
  asChange: (v) => {
    const base = { form: 'percent', value: v.value, interval: v.interval, direction: undefined } as const;
    return { ...base, factor: changeFactor(base), source: v, text: formatPercent(v) };
  },
};
