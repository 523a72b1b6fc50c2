/**
 * The contract between the analysis engine and its rules. A rule sees the whole corpus
 * through a read-only context and returns flags; it never mutates anything, and its
 * output must not depend on the order of claims or reports in the corpus.
 *
 * A rule also declares everything the rest of Crosscheck needs to know about its flags
 * (kind, labels, reader-facing description, severity, the status its flags give a claim), so adding one is one file
 * plus its test: the site's labels, the home page's ranking and the exports read these.
 */
import { z } from 'zod';
import type { Comparison } from '../compare/types.ts';
import { FLAG_SEVERITIES, type Claim, type Corpus, type Flag, type FlagSeverity, type Property, type Report, type Source, type Subject, type TypedValue } from '../model.ts';

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

const sentence = z
  .string()
  .trim()
  .min(1)
  .regex(/^[A-Z].*[.!?]$/s, 'must be a sentence: a capital letter first, a full stop last');

/** The statuses an open flag can give the claims it names (src/core/analyze/status.ts ranks them). */
export const FLAG_CLAIM_STATUSES = ['contested', 'inconsistent', 'disputed-reading'] as const;
export type FlagClaimStatus = (typeof FLAG_CLAIM_STATUSES)[number];

/** A flag's severity: fixed for the kind, or read from the flag (which reports it rests on, how independent they are). */
export type SeverityOf = FlagSeverity | ((flag: Flag, context: RuleContext) => FlagSeverity);

/**
 * What a rule declares about itself. Strict, so a misspelt field (`severty`) is refused
 * rather than silently ignored.
 */
export const ruleDeclarationSchema = z
  .strictObject({
    kind: z
      .string()
      .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "value-conflict"')
      .describe(
        'The flag kind the rule raises: the `kind` of its flags in the engine, the CLI and the API. Also the rule\'s file name, src/core/rules/<kind>.ts, and its test\'s, tests/core/rules/<kind>.test.ts.',
      ),
    label: z.string().trim().min(1).describe('Plural heading for a group of these flags on the site: "Citation mismatches".'),
    name: z.string().trim().min(1).describe('One flag of this kind, singular, as the site titles it: "Citation mismatch".'),
    description: sentence.describe('What these flags mean, in one sentence a reader understands; shown under the heading on /conflicts/.'),
    severity: z
      .union([z.enum(FLAG_SEVERITIES), z.custom<(flag: Flag, context: RuleContext) => FlagSeverity>((v) => typeof v === 'function', 'must be a function')], {
        error: `must be one of ${FLAG_SEVERITIES.join(', ')}, or a function from a flag to one of them`,
      })
      .describe(
        'How much a flag matters (high, medium, low), fixed or per flag: it ranks the home page\'s "contradictions that matter most" and the order on /conflicts/. A value conflict between independent sources outranks a citation-number mismatch.',
      ),
    claimStatus: z
      .enum(FLAG_CLAIM_STATUSES, { error: `must be one of ${FLAG_CLAIM_STATUSES.join(', ')}` })
      .optional()
      .describe('The status an open (unresolved) flag of this kind gives each claim it names; none when the flag only questions an attribution.'),
    check: z.custom<(context: RuleContext) => Flag[]>((v) => typeof v === 'function', 'must be a function').describe(
      'Finds the flags in the corpus. Pure: same corpus, in any order, same flags; every flag has this rule\'s kind.',
    ),
  })
  .describe('A contradiction rule: one file in src/core/rules/ and its test in tests/core/rules/.');

/** A rule whose flags are all of kind `K`. */
export interface Rule<K extends string = string> {
  kind: K;
  label: string;
  name: string;
  description: string;
  severity: SeverityOf;
  claimStatus?: FlagClaimStatus;
  check(context: RuleContext): Flag<K>[];
}

/** What a rule tells the rest of Crosscheck about its flags: everything but the check. */
export type RuleDeclaration<K extends string = string> = Omit<Rule<K>, 'check'>;

/**
 * Declares a rule, checked against the schema when its module loads. `K` is read from
 * `kind` alone, so a flag made with another kind inside `check` is a compile error.
 */
export function defineRule<const K extends string>(rule: {
  kind: K;
  label: string;
  name: string;
  description: string;
  severity: SeverityOf;
  claimStatus?: FlagClaimStatus;
  check(context: RuleContext): Flag<NoInfer<K>>[];
}): Rule<K> {
  const parsed = ruleDeclarationSchema.safeParse(rule);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(rule)'} ${i.message}`).join('; ');
    throw new Error(`The rule ${JSON.stringify(rule.kind)} is declared wrongly: ${problems}. See ruleDeclarationSchema in src/core/rules/types.ts.`);
  }
  return rule;
}

/** The severity a rule gives one of its flags. */
export function severityOf(rule: Pick<Rule, 'severity'>, flag: Flag, context: RuleContext): FlagSeverity {
  return typeof rule.severity === 'function' ? rule.severity(flag, context) : rule.severity;
}
