/**
 * What the files state, before the checks that compare them with each other: every source's
 * metadata, the registries, and each claim as its file writes it (no parsed values, no quote
 * offsets, no analysis). A site build hands this to Astro's content collections while the
 * rest of the check (values, quotes, attributions, conflicts) is still running, so Astro can
 * store the collections and bundle the pages meanwhile; the build still stops if that check
 * finds an error (src/build/astro-loader.ts).
 */
import type { Claim, Property, Report, Source, Subject } from './model.ts';

/** A claim as its file states it: the model's claim with each report cut to source, value as written and upstream. */
export interface ClaimStatement extends Omit<Claim, 'reports'> {
  reports: Array<Pick<Report, 'source' | 'raw' | 'via'>>;
}

export type SourceStatement = Omit<Source, 'body'>;

export interface Statement {
  sources: SourceStatement[];
  claims: ClaimStatement[];
  subjects: Subject[];
  properties: Property[];
  /** Errors already found; when there are any, the full check fails and says why. */
  errors: number;
}

/** A checked claim as its file states it; equal to the statement of its parse when it has no errors. */
export function claimStatement(claim: Claim): ClaimStatement {
  return {
    id: claim.id,
    file: claim.file,
    subject: claim.subject,
    property: claim.property,
    qualifiers: claim.qualifiers,
    topics: claim.topics,
    reports: claim.reports.map((r) => ({ source: r.source, raw: r.raw, ...(r.via ? { via: r.via } : {}) })),
    notes: claim.notes,
    ...(claim.verdict ? { verdict: claim.verdict } : {}),
  };
}

export function sourceStatement({ body: _text, ...meta }: Source): SourceStatement {
  return meta;
}
