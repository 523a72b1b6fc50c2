/**
 * The contract every value type fulfils, and the primitives value types share.
 *
 * A value type is one module (`src/core/values/<name>.ts`): its value shape, its parser and
 * a `ValueTypeDefinition` that says how the rest of Crosscheck reads, shows, compares, charts
 * and exports it. `registry.ts` lists the modules; `ValueType`, `VALUE_TYPES` and `TypedValue`
 * are derived from that list, so adding a type is one new module plus one registry line, and
 * the compiler rejects a definition that misses a facet. Nothing outside the modules switches
 * over value types except `compare/index.ts`, the one place that sets values of different types
 * against each other.
 *
 * This file imports nothing at run time, so every value module can depend on it without cycles.
 */
import type { Comparison } from '../compare/types.ts';

/**
 * How a number was qualified in the text: "over 10,000" is `over`, "about 40%" is `about`,
 * "nearly 2" and "almost 2" are `nearly` (just short of 2), "82.7%" is `exact` (to its
 * written precision).
 */
export type Bound = 'exact' | 'over' | 'under' | 'at-least' | 'at-most' | 'about' | 'nearly';

/** A numeric interval; open ends exclude the endpoint. Infinity is allowed for unbounded ends. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** What a claim file's YAML can hold as a value. */
export type RawValue = string | number | boolean;

/** The plain value the API and the CSV publish. */
export type NormalizedValue = string | number | boolean;

/** A parser's answer: the value, or the sentence that says what was expected instead. */
export type Parsed<V> = { ok: true; value: V } | { ok: false; expected: string };

/** The shared shape of every figure read through the numeral grammar. */
export interface NumericBase {
  /** The number as written, in base units (200000000 for "$200 million", 10000 for "over 10,000"). */
  value: number;
  /** The set of true values consistent with what was written (precision and bound). */
  interval: Interval;
  bound: Bound;
  /** Half of the last written digit's place value: "69%" -> 0.5, "69.4%" -> 0.05. */
  halfStep: number;
  /** Number of decimals written, for display and "different precision" notes. */
  decimals: number;
  /** Set when the property says its values are exact as written (a list price): the interval is the point itself. */
  exact?: true;
}

/**
 * A figure seen as a relative change on some quantity, so values of different types that all
 * describe a change ("35x lower", "35% lower", a bare "35%") can be set side by side.
 */
export interface ChangeView {
  /** `direction`: a direction alone, of unknown size. */
  form: 'multiplier' | 'percent' | 'direction';
  value: number;
  interval: Interval;
  direction?: 'increase' | 'decrease';
  /** What the original quantity is multiplied by, as an interval. */
  factor: Interval;
  /** The value itself and its display text, for interval comparison and notes. */
  source: NumericBase;
  text: string;
}

/** Where a value sits on a chart axis, and how that axis writes its figures. */
export interface ChartFacet<V> {
  /** The written figure and the interval of true values its wording allows. */
  position(v: V): { value: number; interval: Interval };
  /** Values share one axis only when their keys are equal (money: same currency and basis). */
  axis(v: V): string;
  /** A tick label or range end in the value's unit: "69.5%", "$5", "5 EUR", "35x". */
  tick(v: V, figure: string): string;
}

export interface ValueTypeDefinition<V extends { type: string }> {
  /** The name a property declares in `claims/properties.yaml`, and the `type` of its values. */
  name: V['type'];
  /** One line for the docs tables: what the type is for. */
  description: string;
  /** Values as an article writes them, for the docs and the CLI; each must parse (tested). */
  examples: readonly RawValue[];
  /** Never throws; a failure says what was expected, with accepted examples. */
  parse(raw: RawValue): Parsed<V>;
  /** The plain published value (`normalized` in the API and the CSV). */
  normalize(v: V): NormalizedValue;
  /** Display text for explanations, notes, the site and the CLI: "over 10,000", "$5.30 per 1M tokens". */
  format(v: V): string;
  /** The unit a spreadsheet column shows beside the normalised value; "" when there is none. */
  unit(v: V): string;
  /** Whether two values of this type can both be true, and why not. Must be symmetric, notes included. */
  compare(a: V, b: V): Comparison;
  /** The type-specific fields the API documents write beside each report, JSON-safe. */
  exportFields(v: V): Record<string, unknown>;
  /** The true values the wording allows, in words ("68.5% to 69.5%"); "" when there is nothing to add. */
  rangeText(v: V): string;
  /** Present when values of the type can be drawn on a numeric axis. */
  chart?: ChartFacet<V>;
  /** Present when a value of the type can also be read as a relative change (see compare/index.ts). */
  asChange?: (v: V) => ChangeView;
  /**
   * A value that leaves out what its property's unit states takes it from there: a bare "$5.30"
   * under a property in "USD per 1M input tokens" is per 1M input tokens. Absent: units are display only.
   */
  withPropertyUnit?: (v: V, unit: string) => V;
  /**
   * True when the parser accepts any non-empty words (text). Such a reading tells a contributor
   * nothing about a value written for another type, so error hints do not offer it.
   */
  readsAnyWords?: true;
  /** The YAML scalar `npm run new` writes for text the contributor typed; the text itself when absent. */
  toRaw?: (v: V, typed: string) => RawValue;
}
