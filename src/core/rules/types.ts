/**
 * The contract between the analysis engine and its rules. A rule sees the whole corpus
 * through a read-only context and returns flags; it never mutates anything, and its
 * output must not depend on the order of claims or reports in the corpus.
 */
import type { Comparison } from '../compare/types.ts';
import type { Claim, Corpus, Flag, Property, Report, Source, Subject, TypedValue } from '../model.ts';

/** One report together with the claim it belongs to and its index in `claim.reports`. */
export interface ReportRef {
  claim: Claim;
  report: Report;
  index: number;
}

export interface CorpusIndex {
  /** Claims sorted by id. */
  claims: Claim[];
  claimById: Map<string, Claim>;
  sourceById: Map<string, Source>;
  subjectById: Map<string, Subject>;
  propertyById: Map<string, Property>;
  /** Claims about one subject, sorted by id. */
  claimsBySubject: Map<string, Claim[]>;
  /** Reports of one claim in a canonical order (by source, value, via), whatever the file order. */
  reportsOf(claim: Claim): ReportRef[];
  /** Every report a source makes, in canonical order. */
  reportsBySource: Map<string, ReportRef[]>;
}

export interface RuleContext {
  corpus: Corpus;
  index: CorpusIndex;
  compare(a: TypedValue, b: TypedValue): Comparison;
}

export interface Rule {
  /** Kebab-case name; also the flag kind the rule produces. */
  name: string;
  description: string;
  check(context: RuleContext): Flag[];
}
