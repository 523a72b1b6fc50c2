/**
 * One claim file checked against the registries and sources: everything about it that does
 * not depend on the other claim files. The outcome is a function of the file (path and text)
 * and of the registries and sources, so a caller that knows those are unchanged may keep
 * outcomes between runs (src/node/claim-cache.ts); validate.ts then adds the one check across
 * claim files, a second file with the same id. Parsing (`parseClaimFile`) and checking
 * (`checkParsedClaim`) are two steps of one check; an outcome kept from an earlier run
 * stands in for both.
 */
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import type { InputFile } from './parse/files.ts';
import { claimId, claimPath, idKey } from './ids.ts';
import { checkMarkdown, yamlStringOrigin } from './parse/markdown-safety.ts';
import type { Claim, Evidence, Position, Property, Report, Source, Subject, TypedValue, Verdict } from './model.ts';
import { parseMarkdownFile, type Parsed, type ParsedFile } from './parse/parse-file.ts';
import type { IdLookup } from './schema/issues.ts';
import type { YamlParser } from './parse/yaml.ts';
import { closestPassage, describeClosest } from './quote-closest.ts';
import { staleVerdict } from './verdict-dates.ts';
import { explainNearMiss, findQuote, type QuoteIndex } from './quotes.ts';
import { claimSchema, type ClaimFrontMatter } from './schema/claim.ts';
import { earlierIdenticalReports } from './same-report.ts';
import { disagreeingField, unknownRef } from './cross-refs.ts';
import { unparseableHint } from './value-hints.ts';
import { definitionFor } from './values/index.ts';
import { readValue } from './values/in-context.ts';
import { valueNotInQuote, type QuoteReader } from './value-in-quote.ts';

export interface SourceSet {
  valid: Source[];
  /** Every source id that has a file, valid or not: a claim naming an invalid source gets a precise error. */
  known: Map<string, string>;
}

export interface Registries extends SourceSet {
  subjects: Map<string, Subject>;
  properties: Map<string, Property>;
  /** Whether a file already failed: claims must not lean on a source that will not be built. */
  isRejected: (file: string) => boolean;
}

/** What checking one claim file gives: its parse errors, or the claim and its problems. */
export type ClaimOutcome =
  | { ok: false; errors: Diagnostic[] }
  | {
      ok: true;
      claim: Claim;
      /** The id as compared across files (`idKey`). */
      idKey: string;
      problems: Diagnostic[];
      /**
       * Source files with errors of their own that reports or verdict passages of this claim
       * name, with how many do: the claim is left off with them, and validate.ts says so once,
       * on each source, rather than once per report.
       */
      leansOn: { file: string; count: number }[];
      /** Where in `problems` a duplicate-id error goes, and the position it names. */
      duplicateAt: number;
      subjectAt?: Position;
    };

/** Outcomes kept from an earlier run, valid only while the registries and sources are unchanged. */
export interface ClaimOutcomeCache {
  get(file: InputFile): ClaimOutcome | undefined;
  set(file: InputFile, outcome: ClaimOutcome): void;
}

/** What a claim check needs besides the file, prepared once per run. */
export interface ClaimContext {
  reg: Registries;
  sourcesById: Map<string, Source>;
  subjectIds: string[];
  propertyIds: string[];
  sourceIds: string[];
  /** The quote index of a source, built the first time a claim quotes it. */
  quoteIndex: (source: Source) => QuoteIndex;
  /** Reads the figures of a quote, to check a value against them (value-in-quote.ts). */
  quoteReader: QuoteReader;
}

/** A claim file's front matter as read and checked against the schema, nothing more. */
export type ParsedClaim = Parsed<ClaimFrontMatter>;

/** Lower case with runs of whitespace as one space: a baseline copied from a quote that wraps. */
function foldSpace(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `ids` (see claimIdLookup) lets a malformed subject, property or source id suggest a declared one. */
export function parseClaimFile(f: InputFile, parse: YamlParser, ids?: IdLookup): ParsedClaim {
  return parseMarkdownFile(f.path, f.text, claimSchema, 'a claim', parse, ids);
}

/** The rest of a claim file's checks, once it is parsed: ids, registries, values, quotes, attributions. */
export function checkParsedClaim(f: InputFile, parsed: ParsedClaim, ctx: ClaimContext): ClaimOutcome {
  const { reg, sourcesById, subjectIds, propertyIds, sourceIds, quoteIndex } = ctx;
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { data, positions, body, bodyLine } = parsed.value;
  const pos = (path: string) => positions.get(path);
  const problems: Diagnostic[] = [...parsed.value.errors];
  const id = claimId(data.subject, data.property, data.qualifiers);

  // Whether another file already defines this id depends on the other files: the caller checks.
  const duplicateAt = problems.length;
  const subjectKnown = reg.subjects.has(data.subject);
  if (!subjectKnown) problems.push(unknownRef(f.path, pos('subject'), 'subject', data.subject, subjectIds, 'claims/subjects.yaml'));
  const property = reg.properties.get(data.property);
  if (!property) problems.push(unknownRef(f.path, pos('property'), 'property', data.property, propertyIds, 'claims/properties.yaml'));
  // An unknown id is the mistake to fix; a path built from it would send the file somewhere wrong.
  if (subjectKnown && property && claimPath(id) !== f.path) {
    problems.push(
      diagnostic(f.path, pos(disagreeingField(f.path, data)) ?? pos('property'), 'claim-path-mismatch', `This claim's subject, property and qualifiers make the id ${quoteUserText(id)}, but the file is ${quoteUserText(f.path)}.`, `Move the file to ${claimPath(id)} or correct the front matter.`),
    );
  }

  const leaning = new Map<string, number>();
  const leanOn = (files: Iterable<string>) => {
    for (const file of new Set(files)) leaning.set(file, (leaning.get(file) ?? 0) + 1);
  };
  const reports: Report[] = [];
  const repeats = earlierIdenticalReports(data.reports);
  data.reports.forEach((r, i) => {
    const invalid: string[] = [];
    const at = (field: string) => pos(`reports.${i}.${field}`) ?? pos(`reports.${i}`);
    const position: Position = at('value') ?? { line: 1, col: 1 };
    if (repeats[i] >= 0) {
      const first = pos(`reports.${repeats[i]}.source`) ?? pos(`reports.${repeats[i]}`);
      problems.push(
        diagnostic(f.path, at('source'), 'duplicate-report', `This report repeats the report${first ? ` on line ${first.line}` : ''} field for field.`, 'Remove one of them.'),
      );
    }
    let value = undefined as Report['value'] | undefined;
    if (property) {
      const pv = readValue(property, r.value, r.quote);
      if (pv.ok) value = pv.value;
      else {
        problems.push(
          diagnostic(f.path, at('value'), 'value-unparseable', `The value ${quoteUserText(r.value)} cannot be read as a ${property.type} (property ${quoteUserText(property.id)}).`, unparseableHint(pv.expected, property, r.value)),
        );
      }
    }
    const source = sourcesById.get(r.source);
    const quoteRange = verifyQuote(f.path, at, r.source, r.quote, ctx, problems, 'quote-not-found', invalid);
    // Only a verified quote is the article's words; an inferred value is a reading they do not state.
    if (value && property && quoteRange && !r.inferred) problems.push(...valueNotInQuote(f.path, at('value'), { raw: r.value, typed: value, property }, [r.quote], ctx.quoteReader, 'report'));
    if (source && reg.isRejected(source.file)) invalid.push(source.file);
    const viaFile = r.via === undefined ? undefined : reg.known.get(r.via);
    if (viaFile && r.via !== r.source && reg.isRejected(viaFile)) invalid.push(viaFile);
    leanOn(invalid);
    if (r.via !== undefined) {
      // Self-attribution first, so the message names the real mistake rather than a missing citation.
      if (r.via === r.source) {
        problems.push(diagnostic(f.path, at('via'), 'via-self', 'A report cannot be attributed to its own source.', 'Remove `via`, or name the upstream the article credits.'));
      } else if (!reg.known.has(r.via)) problems.push(unknownRef(f.path, at('via'), 'source', r.via, sourceIds, 'sources/'));
      else if (source && !source.cites.includes(r.via)) {
        problems.push(
          diagnostic(
            f.path,
            at('via'),
            'via-not-cited',
            `The report says ${quoteUserText(r.source)} got this from ${quoteUserText(r.via)}, but that source does not list it in \`cites\`.`,
            `Add ${r.via} to the cites of ${source.file} if the article names it, or correct \`via\`.`,
          ),
        );
      }
    }
    // The baseline is the quote's own words, so a reader can find it where the figure stands.
    if (r.baseline !== undefined && !foldSpace(r.quote).includes(foldSpace(r.baseline))) {
      problems.push(
        diagnostic(
          f.path,
          at('baseline'),
          'baseline-not-in-quote',
          `The baseline ${quoteUserText(r.baseline)} does not occur in the report's quote.`,
          'Copy what the figure is compared with from the quote itself ("compared to the 5.4 series" gives "the 5.4 series"), or extend the quote to include it.',
        ),
      );
    }
    const asOf = r['as-of'] ?? data['as-of'] ?? source?.published;
    if (value) {
      reports.push({
        source: r.source,
        raw: r.value,
        value,
        quote: r.quote,
        position,
        ...(r.via ? { via: r.via } : {}),
        ...(r.claimant ? { claimant: r.claimant } : {}),
        ...(r.stance ? { stance: r.stance } : {}),
        ...(r.inferred ? { inferred: true } : {}),
        ...(asOf !== undefined ? { asOf } : {}),
        ...(r.baseline ? { baseline: r.baseline } : {}),
        ...(quoteRange ? { quoteRange } : {}),
      });
    }
  });

  let verdictTyped: TypedValue | undefined;
  if (data.verdict?.value !== undefined && property) {
    // Read as a report's value is: the property's unit, precision, list and direction apply.
    const pv = readValue(property, data.verdict.value);
    if (pv.ok) verdictTyped = pv.value;
    else problems.push(diagnostic(f.path, pos('verdict.value'), 'value-unparseable', `The verdict value ${quoteUserText(data.verdict.value)} cannot be read as a ${property.type}.`, unparseableHint(pv.expected, property, data.verdict.value)));
  }
  // The site renders the verdict note as markdown too, so it gets the same check as the notes.
  if (data.verdict) problems.push(...checkMarkdown(f.path, data.verdict.note, yamlStringOrigin(f.text, pos('verdict.note')), 'the verdict note'));
  let verdict: Verdict | undefined;
  if (data.verdict) {
    const v = data.verdict;
    const evidence: Evidence[] = v.evidence.map((e, i) => {
      const at = (field: string) => pos(`verdict.evidence.${i}.${field}`) ?? pos(`verdict.evidence.${i}`);
      const invalid: string[] = [];
      const range = verifyQuote(f.path, at, e.source, e.quote, ctx, problems, 'verdict-evidence-not-found', invalid);
      const file = sourcesById.get(e.source)?.file;
      if (file && reg.isRejected(file)) invalid.push(file);
      leanOn(invalid);
      return { source: e.source, quote: e.quote, ...(range ? { quoteRange: range } : {}) };
    });
    const verified = evidence.filter((e) => e.quoteRange).map((e) => e.quote);
    if (verdictTyped && property) problems.push(...valueNotInQuote(f.path, pos('verdict.value'), { raw: v.value!, typed: verdictTyped, property }, verified, ctx.quoteReader, 'verdict'));
    const whole = pos('verdict.resolves');
    const resolvesAt = v.resolves === 'all' ? undefined : v.resolves.map((_, i) => pos(`verdict.resolves.${i}`) ?? whole);
    verdict = {
      rating: v.rating,
      note: v.note,
      reviewer: v.reviewer,
      reviewed: v.reviewed,
      evidence,
      resolves: v.resolves,
      ...(v.value !== undefined ? { value: v.value } : {}),
      ...(verdictTyped ? { typed: verdictTyped } : {}),
      ...(resolvesAt && resolvesAt.some(Boolean) ? { resolvesAt } : {}),
    };
    problems.push(...staleVerdict(f.path, pos('verdict.reviewed'), v.reviewed, reports, sourcesById));
  }
  problems.push(...checkMarkdown(f.path, body, bodyLine, 'the notes'));
  const claim: Claim = {
    id,
    file: f.path,
    subject: data.subject,
    property: data.property,
    qualifiers: data.qualifiers,
    topics: data.topics,
    reports,
    notes: body.trim(),
    ...(verdict ? { verdict } : {}),
    ...(data['as-of'] !== undefined ? { asOf: data['as-of'] } : {}),
  };
  const leansOn = [...leaning].map(([file, count]) => ({ file, count }));
  return { ok: true, claim, idKey: idKey(id), problems, leansOn, duplicateAt, subjectAt: pos('subject') };
}

/**
 * Checks that `quote` occurs in the archived text of `sourceId`, pushing what is wrong to
 * `problems` (under `rule`) and a source file that failed to load to `invalid`; returns where
 * it occurs. Reports and verdict evidence share it.
 */
function verifyQuote(
  file: string,
  at: (field: string) => Position | undefined,
  sourceId: string,
  quote: string,
  ctx: ClaimContext,
  problems: Diagnostic[],
  rule: 'quote-not-found' | 'verdict-evidence-not-found',
  invalid: string[],
): { start: number; end: number } | undefined {
  const { reg, sourcesById, sourceIds, quoteIndex } = ctx;
  const source = sourcesById.get(sourceId);
  const what = rule === 'quote-not-found' ? 'quote' : 'evidence quote';
  if (!reg.known.has(sourceId)) problems.push(unknownRef(file, at('source'), 'source', sourceId, sourceIds, 'sources/'));
  else if (!source) invalid.push(reg.known.get(sourceId)!);
  else if (!source.archived) {
    problems.push(
      diagnostic(
        file,
        at('quote'),
        'quote-on-unarchived-source',
        `The source ${quoteUserText(sourceId)} is not archived, so a quote from it cannot be verified.`,
        'Quote the article that cites it and name this source in `via`, or archive its text and set `archived: true`.',
      ),
    );
  } else {
    const ix = quoteIndex(source);
    const found = findQuote(ix, quote);
    if (found) return found;
    const why = explainNearMiss(ix, quote);
    const closest = why ? undefined : closestPassage(ix, quote);
    const near = closest ? describeClosest(closest, source.body, source, quoteUserText) : undefined;
    problems.push(
      diagnostic(
        file,
        at('quote'),
        rule,
        `The ${what} ${quoteUserText(quote, 60)} does not occur in the archived text of ${quoteUserText(sourceId)}.${why ? ` ${why}` : ''}${near ? ` ${near}` : ''}`,
        `Copy the exact sentence from ${source.file}; only whitespace and curly quotes/dashes are normalised.`,
      ),
    );
  }
  return undefined;
}

/**
 * A value that leaves out what its property's unit states takes it from there, as its type
 * decides: articles often write a price bare ("$5.30") where the property says what it is per
 * ("USD per 1M input tokens"), and the property's basis then applies, so like is compared with like.
 */
export function withPropertyBasis(value: TypedValue, property: Property): TypedValue {
  const adopt = definitionFor(value).withPropertyUnit;
  return adopt && property.unit ? adopt(value, property.unit) : value;
}
