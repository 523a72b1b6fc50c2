import { z } from 'zod';
import { SOURCE_KINDS } from '../model.ts';
import { httpUrlSchema, idSchema, nonEmptyText, partialDateSchema } from './fields.ts';

/** Front matter of `sources/<id>.md`. */
export const sourceSchema = z
  .strictObject({
    title: nonEmptyText.describe('The headline as published.'),
    publisher: nonEmptyText.optional().describe('Who published it, only if the text names it.'),
    author: nonEmptyText.optional().describe('Who wrote it, only if the text names it.'),
    url: httpUrlSchema.optional(),
    published: partialDateSchema.optional().describe("Publication date, where the text or byline states it or clearly implies it (say how in notes), at the precision it allows."),
    retrieved: partialDateSchema.optional().describe('When the archived text was retrieved.'),
    kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }).describe('What sort of publication this is.'),
    cites: z.array(idSchema).default([]).describe('Ids of the upstream sources it names, in the order of its reference list.'),
    archived: z.boolean({ error: 'must be true or false' }).describe('True when the body is the verbatim archived text of the article.'),
    family: idSchema
      .optional()
      .describe('The producer this source shares with others (one publisher, a syndicated copy, one generator): sources of one family count as one origin.'),
    notes: z.string().optional().describe('Markdown: what a reader should know about this source.'),
  })
  .describe('A source: one article, archived or known only by citation.');

export type SourceFrontMatter = z.infer<typeof sourceSchema>;
