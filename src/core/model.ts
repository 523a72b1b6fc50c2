/**
 * The in-memory model every part of Crosscheck shares: what the loaders produce,
 * what the engine analyses, what the site and the CLI render.
 * Pure types only, so the core stays framework-free and testable in memory.
 */

/** A position in a file, 1-based, as editors show it. */
export interface Position {
  line: number;
  col: number;
}

export const VALUE_TYPES = [
  'percent',
  'number',
  'money',
  'date',
  'multiplier',
  'change',
  'boolean',
  'text',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * How a number was qualified in the text: "over 10,000" is `over`,
 * "about 40%" is `about`, "82.7%" is `exact` (to its written precision).
 */
export type Bound = 'exact' | 'over' | 'under' | 'at-least' | 'at-most' | 'about';

/** A numeric interval; open ends exclude the endpoint. Infinity is allowed for unbounded ends. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

interface NumericBase {
  /** The number as written, in base units (200000000 for "$200 million", 10000 for "over 10,000"). */
  value: number;
  /** The set of true values consistent with what was written (precision and bound). */
  interval: Interval;
  bound: Bound;
  /** Half of the last written digit's place value: "69%" -> 0.5, "69.4%" -> 0.05. */
  halfStep: number;
  /** Number of decimals written, for display and "different precision" notes. */
  decimals: number;
}

export interface NumberValue extends NumericBase {
  type: 'number';
  /** Unit word written beside the number, if any ("GPUs", "gigawatts", "points"). */
  unit?: string;
}
export interface PercentValue extends NumericBase {
  type: 'percent';
}
export interface MoneyValue extends NumericBase {
  type: 'money';
  currency: string;
  /** What the amount is per, normalised ("1M tokens", "1M input tokens"), or undefined for a lump sum. */
  basis?: string;
}
export interface MultiplierValue extends NumericBase {
  type: 'multiplier';
  direction?: 'increase' | 'decrease';
}
/** A relative change written either as a multiplier ("35x lower") or a percent ("35% lower"). */
export interface ChangeValue extends NumericBase {
  type: 'change';
  form: 'multiplier' | 'percent';
  direction?: 'increase' | 'decrease';
  /** The change as a factor on the original quantity (35x lower -> 1/35; 35% lower -> 0.65), as an interval. */
  factor: Interval;
}
export interface DateValue {
  type: 'date';
  precision: 'year' | 'month' | 'day';
  /** ISO text at the written precision: "2026", "2026-04", "2026-04-23". */
  iso: string;
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  firstDay: number;
  lastDay: number;
}
export interface BooleanValue {
  type: 'boolean';
  value: boolean;
}
export interface TextValue {
  type: 'text';
  value: string;
  /** Case-folded, whitespace- and punctuation-normalised form used for comparison. */
  normalized: string;
}

export type TypedValue =
  | NumberValue
  | PercentValue
  | MoneyValue
  | MultiplierValue
  | ChangeValue
  | DateValue
  | BooleanValue
  | TextValue;

export type RawValue = string | number | boolean;

export type ParseResult =
  | { ok: true; value: TypedValue }
  | { ok: false; expected: string };

export const SOURCE_KINDS = [
  'news',
  'blog',
  'analysis',
  'press-release',
  'vendor-blog',
  'documentation',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  title: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  retrieved?: string;
  kind: SourceKind;
  cites: string[];
  archived: boolean;
  notes?: string;
  /** The markdown body: the verbatim archived text when `archived` is true. */
  body: string;
  /** Line in the file where the body starts (1-based), for positions inside the body. */
  bodyLine: number;
}

export interface Report {
  source: string;
  raw: RawValue;
  value: TypedValue;
  quote: string;
  via?: string;
  /** Position of this report's `value` in its claim file. */
  position: Position;
  /** Offset range of the quote in the source's body, once verified. */
  quoteRange?: { start: number; end: number };
}

export interface Verdict {
  value?: RawValue;
  note: string;
}

export interface Claim {
  /** `<subject>/<property>` plus `--<qualifier value>` per qualifier, sorted by key. */
  id: string;
  file: string;
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  topics: string[];
  reports: Report[];
  verdict?: Verdict;
  notes: string;
}

export const SUBJECT_KINDS = [
  'model',
  'organization',
  'product',
  'hardware',
  'benchmark',
  'person',
  'facility',
  'other',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface Subject {
  id: string;
  name: string;
  kind: SubjectKind;
  aliases: string[];
  description?: string;
}

export interface Property {
  id: string;
  label: string;
  type: ValueType;
  unit?: string;
  description: string;
  /** Groups properties into a matrix column set on subject pages ("benchmark"). */
  group?: string;
}

/**
 * A declared relation between properties of one subject, checked per source.
 * `between`: for a source reporting all three, `property` must lie between `low` and `high`.
 * `less-than`: `property` must be below `than`.
 */
export type Relation =
  | { kind: 'between'; property: string; low: string; high: string; description: string }
  | { kind: 'less-than'; property: string; than: string; description: string };

export interface Corpus {
  sources: Source[];
  claims: Claim[];
  subjects: Subject[];
  properties: Property[];
  relations: Relation[];
}

export type ClaimStatus = 'contested' | 'corroborated' | 'single-source';

export interface FlagValue {
  claim: string;
  source: string;
  raw: RawValue;
  normalized: NormalizedValue;
  via?: string;
}

export type NormalizedValue = string | number | boolean;

/**
 * A finding of one rule. `K` is the rule's kind; the kinds in use, and their order, are
 * the registered rules' (`FLAG_KINDS` in src/core/rules/index.ts), not a list kept here.
 */
export interface Flag<K extends string = string> {
  /** Stable id derived from kind + sorted claims + sorted sources, so diffs between builds are meaningful. */
  id: string;
  kind: K;
  /** Short machine-readable diagnosis, e.g. 'unit-slip', 'one-day-apart', 'different-precision'. */
  diagnosis?: string;
  claims: string[];
  sources: string[];
  values: FlagValue[];
  /** One paragraph in plain words: what disagrees, the likely cause, what a reader should check. */
  explanation: string;
}

export interface ClaimAnalysis {
  claim: string;
  status: ClaimStatus;
  /** Distinct origins (the `via` when given, otherwise the source) among the reports. */
  origins: string[];
  /** Indexes of reports that disagree with at least one other report on this claim. */
  disagreeing: number[];
}

export interface Analysis {
  claims: Map<string, ClaimAnalysis>;
  flags: Flag[];
}
