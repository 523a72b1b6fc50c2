/**
 * The in-memory model every part of Crosscheck shares: what the loaders produce,
 * what the engine analyses, what the site and the CLI render.
 * Pure types only, so the core stays framework-free and testable in memory.
 */
import type { TypedValue, ValueType } from './values/registry.ts';
import type { NormalizedValue, RawValue } from './values/types.ts';


/** A position in a file, 1-based, as editors show it. */
export interface Position {
  line: number;
  col: number;
}

// Values: each type is one module under values/ (see values/types.ts for the contract);
// the union and the list of names are derived from values/registry.ts.
export type { Bound, Interval, NormalizedValue, NumericBase, RawValue } from './values/types.ts';
export type { ParseResult, TypedValue, ValueType } from './values/registry.ts';
export type { BooleanValue } from './values/boolean.ts';
export type { ChangeValue } from './values/change.ts';
export type { DateValue } from './values/date.ts';
export type { MoneyValue } from './values/money.ts';
export type { MultiplierValue } from './values/multiplier.ts';
export type { NumberValue } from './values/number.ts';
export type { PercentValue } from './values/percent.ts';
export type { TextValue } from './values/text.ts';

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
  /**
   * The producer this source shares with others (same publisher, syndicated copy, same generator):
   * sources of one family count as one origin when corroboration is counted.
   */
  family?: string;
  /** The markdown body: the verbatim archived text when `archived` is true. */
  body: string;
  /** Line in the file where the body starts (1-based), for positions inside the body. */
  bodyLine: number;
}

/** How a source puts a statement: as its own (asserts), as someone else's (reports), as a possibility (speculates), or to deny it. */
export const STANCES = ['asserts', 'reports', 'speculates', 'denies'] as const;
export type Stance = (typeof STANCES)[number];

export interface Report {
  source: string;
  raw: RawValue;
  value: TypedValue;
  quote: string;
  via?: string;
  /** Who the article attributes the statement to ("a spokesperson", "internal reports"). */
  claimant?: string;
  stance?: Stance;
  /** An editor's reading that the source does not state in words; the reading is in the claim's notes. */
  inferred?: boolean;
  /** When the value held, YYYY[-MM[-DD]]: the report's own, else the claim's, else the source's `published`. */
  asOf?: string;
  /** Position of this report's `value` in its claim file. */
  position: Position;
  /** Offset range of the quote in the source's body, once verified. */
  quoteRange?: { start: number; end: number };
}

/** The rating scale of a verdict; README ("Verdicts") says what each means. */
export const VERDICT_RATINGS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'compatible'] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

/** A passage that backs a verdict: verified against its archived source like any quote. */
export interface Evidence {
  source: string;
  quote: string;
  quoteRange?: { start: number; end: number };
}

export interface Verdict {
  rating: VerdictRating;
  value?: RawValue;
  /** `value` read as the property's type, once checked. */
  typed?: TypedValue;
  note: string;
  reviewer: string;
  /** Review date, YYYY[-MM[-DD]]. */
  reviewed: string;
  evidence: Evidence[];
  /** The flags it settles: every flag on the claim ('all'), or flag kinds and flag ids. */
  resolves: 'all' | string[];
  /** Where each entry of `resolves` is written (or `resolves` itself), for errors about it. */
  resolvesAt?: Array<Position | undefined>;
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
  /** When the claim's values held, for every report that gives none of its own. */
  asOf?: string;
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
  /** Exact (stated, "$5" is $5.00) or measured (rounded to the last digit); see values/in-context.ts. */
  precision?: 'exact' | 'measured';
  /** A text property whose values are lists of names, compared as sets. */
  list?: boolean;
  /** The direction of a change figure that neither its value nor its quote gives. */
  direction?: 'increase' | 'decrease';
  /** Values change over time (prices, downloads): values at different dates form a series, not a conflict. */
  timeVarying?: boolean;
}

/**
 * A declared relation between properties of one subject, checked per source.
 * `between`: for a source reporting all three, `property` must lie between `low` and `high`.
 * `less-than`: `property` must be below `than`.
 */
export type Relation =
  | { kind: 'between'; property: string; low: string; high: string; description: string }
  | { kind: 'less-than'; property: string; than: string; description: string }
  /** `difference`: `property` (a lead, a gap) is `of` for the subject minus `of` for the subject its `versus` qualifier names. */
  | { kind: 'difference'; property: string; of: string; versus: string; description: string }
  /** `ratio`: `property` (a change) is `of` for the subject over `of` for the subject its `versus` qualifier names. */
  | { kind: 'ratio'; property: string; of: string; versus: string; description: string };

export interface Corpus {
  sources: Source[];
  claims: Claim[];
  subjects: Subject[];
  properties: Property[];
  relations: Relation[];
}

/** Every status a claim can have, strongest first; src/core/analyze/status.ts derives them, README lists their meanings. */
export const CLAIM_STATUSES = ['contested', 'inconsistent', 'disputed-reading', 'resolved', 'corroborated', 'single-source'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How much a flag matters, for ranking: a rule declares it per flag. */
export const FLAG_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

export interface FlagValue {
  claim: string;
  source: string;
  raw: RawValue;
  normalized: NormalizedValue;
  via?: string;
  stance?: Stance;
  inferred?: boolean;
  asOf?: string;
}

/** The verdict that settles a flag. */
export interface FlagResolution {
  claim: string;
  rating: VerdictRating;
  reviewer: string;
  reviewed: string;
}

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
  /** Set by the engine from the rule's declaration (absent only on a flag a rule has just made). */
  severity?: FlagSeverity;
  /** Set by the engine when a verdict on one of the flag's claims resolves it. */
  resolved?: FlagResolution;
}

export interface ClaimAnalysis {
  claim: string;
  status: ClaimStatus;
  /** One line that says why: names the flag or verdict behind the status. */
  reason: string;
  /**
   * Independent origins among the reports that can corroborate (neither inferred nor
   * speculative nor denials): each is the sorted list of the upstreams and sources that count as one.
   */
  origins: string[];
  /** How many independent origins agree (origins.length when nothing disagrees). */
  independentOrigins: number;
  /** Indexes of reports that disagree with at least one other report on this claim. */
  disagreeing: number[];
  /** Flags naming this claim that no verdict resolves, and those a verdict resolves. */
  openFlags: string[];
  resolvedFlags: string[];
}

export interface Analysis {
  claims: Map<string, ClaimAnalysis>;
  flags: Flag[];
}
