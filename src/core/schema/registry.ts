import { z } from 'zod';
import { SUBJECT_KINDS } from '../model.ts';
import { VALUE_TYPES } from '../values/registry.ts';
import { idSchema, nonEmptyText } from './fields.ts';

export const subjectSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyText.describe('Display name, e.g. "GPT-5.5".'),
  kind: z.enum(SUBJECT_KINDS, { error: `must be one of ${SUBJECT_KINDS.join(', ')}` }).describe('What sort of thing this is.'),
  aliases: z.array(nonEmptyText).default([]).describe('Other names it goes by (codenames, short forms).'),
  description: z.string().optional().describe('One line of context.'),
});

export const subjectsFileSchema = z.strictObject({
  subjects: z.array(subjectSchema).describe('Every subject a claim may be about.'),
});

export const propertySchema = z.strictObject({
  id: idSchema,
  label: nonEmptyText.describe('Display label, e.g. "Terminal-Bench 2.0 score".'),
  type: z.enum(VALUE_TYPES, { error: `must be one of ${VALUE_TYPES.join(', ')}` }).describe('How values of this property are parsed and compared.'),
  unit: z.string().optional().describe('Unit shown beside values, e.g. "USD per 1M input tokens".'),
  group: idSchema.optional().describe('A column group, e.g. "benchmark" for the model × benchmark matrix.'),
  description: nonEmptyText.describe('What exactly the property measures.'),
  'time-varying': z
    .boolean({ error: 'must be true or false' })
    .optional()
    .describe('True when values change over time (prices, download counts): values at different dates form a series, not a conflict.'),
});

const relationSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('between'),
      property: idSchema,
      low: idSchema,
      high: idSchema,
      description: nonEmptyText,
    }),
    z.strictObject({
      kind: z.literal('less-than'),
      property: idSchema,
      than: idSchema,
      description: nonEmptyText,
    }),
  ],
  { error: 'must have kind "between" (property, low, high) or "less-than" (property, than)' },
);

export const propertiesFileSchema = z.strictObject({
  properties: z.array(propertySchema).describe('Every property a claim may state.'),
  relations: z.array(relationSchema).default([]).describe('Constraints between properties of one subject, checked per source.'),
});
