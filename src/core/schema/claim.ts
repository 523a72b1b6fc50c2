import { z } from 'zod';
import { INVISIBLE_OR_BIDI } from '../ids.ts';
import { STANCES, VERDICT_RATINGS } from '../model.ts';
import { idSchema, nonEmptyText, partialDateSchema, rawValueSchema } from './fields.ts';

const INVISIBLE_ALL = new RegExp(INVISIBLE_OR_BIDI.source, 'g');

const quoteSchema = z
  .string({ error: 'must be the exact text from the source' })
  // A quote of nothing but spaces or zero-width characters would "occur" in any text.
  .refine((q) => q.replace(INVISIBLE_ALL, '').trim().length > 0, { error: 'must not be empty or only whitespace or invisible characters' });

const asOfSchema = partialDateSchema.describe('When the value held, YYYY, YYYY-MM or YYYY-MM-DD; by default the date the source was published.');

export const reportSchema = z
  .strictObject({
    source: idSchema.describe('Id of the source that states the value (a file in sources/).'),
    value: rawValueSchema,
    quote: quoteSchema.describe('The exact sentence or fragment of the archived source text that states the value.'),
    via: idSchema.optional().describe('The upstream source the article attributes the value to, e.g. the id of the article behind "[4]".'),
    claimant: nonEmptyText.optional().describe('Who the article attributes the statement to, in its words: "a company spokesperson", "internal reports".'),
    stance: z
      .enum(STANCES, { error: `must be one of ${STANCES.join(', ')}` })
      .optional()
      .describe('How the article puts it: asserts (as its own), reports (as someone else\'s), speculates ("could reach"), denies. Speculation and denials never corroborate.'),
    inferred: z
      .literal(true, { error: 'must be true, or left out' })
      .optional()
      .describe("True when the value is an editor's reading that the source does not state in words; say what the reading is in the claim's notes. Inferred reports never corroborate."),
    'as-of': asOfSchema.optional(),
  })
  .describe('What one source reports for this claim.');

export const evidenceSchema = z
  .strictObject({
    source: idSchema.describe('Id of an archived source (a file in sources/).'),
    quote: quoteSchema.describe('The exact passage of that source that backs the verdict; verified like a report\'s quote.'),
  })
  .describe('A passage that backs a verdict.');

export const verdictSchema = z
  .strictObject({
    rating: z
      .enum(VERDICT_RATINGS, { error: `must be one of ${VERDICT_RATINGS.join(', ')} (see README, "Verdicts")` })
      .describe('accurate, inaccurate, misleading, unsupported, or compatible (the reports differ but are not a contradiction).'),
    value: rawValueSchema.optional().describe('The value the evidence settles on, where there is one.'),
    note: nonEmptyText.describe('Why the editor resolved the claim this way, with evidence.'),
    reviewer: nonEmptyText.describe('Who reviewed it: a name or handle.'),
    reviewed: partialDateSchema.describe('When the verdict was reviewed, YYYY-MM-DD.'),
    evidence: z.array(evidenceSchema).max(20, { error: 'must list at most 20 passages' }).default([]).describe('Passages that back the verdict, each checked against its source.'),
    resolves: z
      .union([z.literal('all'), z.array(z.string().min(1)).max(50)], { error: 'must be "all" or a list of flag kinds or flag ids, e.g. [value-conflict]' })
      .default([])
      .describe('The flags the verdict settles: "all" on the claim, or a list of flag kinds or ids. Resolved flags stay visible as resolved; unresolved ones still decide the status.'),
  })
  .describe("An editor's verdict on the claim: a rating, who reviewed it and when, the evidence, and the flags it resolves.");

/** Front matter of `claims/<subject>/<property>[--<qualifier>…].md`. */
export const claimSchema = z
  .strictObject({
    subject: idSchema.describe('Id of the subject, declared in claims/subjects.yaml.'),
    property: idSchema.describe('Id of the property, declared in claims/properties.yaml.'),
    qualifiers: z
      .record(idSchema, idSchema, { error: 'must be a mapping of qualifier name to id, e.g. {versus: claude-opus-4-7}' })
      .refine((q) => Object.keys(q).length <= 4, { error: 'must have at most 4 qualifiers' })
      .default({})
      .describe('What narrows the proposition, e.g. {versus: claude-opus-4-7} or {variant: input-tokens}.'),
    topics: z.array(idSchema).default([]).describe('Topic tags for browsing and search.'),
    reports: z.array(reportSchema).min(1, { error: 'must list at least one report' }).max(200, { error: 'must list at most 200 reports' }).describe('What each source reports.'),
    verdict: verdictSchema.optional(),
    'as-of': asOfSchema.optional(),
  })
  .describe('A checkable proposition and what each source reports for it.');

export type ClaimFrontMatter = z.infer<typeof claimSchema>;
