import { z } from 'zod';
import { INVISIBLE_OR_BIDI } from '../ids.ts';
import { idSchema, nonEmptyText, rawValueSchema } from './fields.ts';

const INVISIBLE_ALL = new RegExp(INVISIBLE_OR_BIDI.source, 'g');

export const reportSchema = z
  .strictObject({
    source: idSchema.describe('Id of the source that states the value (a file in sources/).'),
    value: rawValueSchema,
    quote: z
      .string({ error: 'must be the exact text from the source' })
      // A quote of nothing but spaces or zero-width characters would "occur" in any text.
      .refine((q) => q.replace(INVISIBLE_ALL, '').trim().length > 0, { error: 'must not be empty or only whitespace or invisible characters' })
      .describe('The exact sentence or fragment of the archived source text that states the value.'),
    via: idSchema.optional().describe('The upstream source the article attributes the value to, e.g. the id of the article behind "[4]".'),
  })
  .describe('What one source reports for this claim.');

export const verdictSchema = z
  .strictObject({
    value: rawValueSchema.optional(),
    note: nonEmptyText.describe('Why the editor resolved the claim this way, with evidence.'),
  })
  .describe("An editor's resolution of the claim.");

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
  })
  .describe('A checkable proposition and what each source reports for it.');

export type ClaimFrontMatter = z.infer<typeof claimSchema>;
