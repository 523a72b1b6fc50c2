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
  precision: z
    .enum(['exact', 'measured'], { error: 'must be "exact" (stated values such as list prices) or "measured" (rounded values such as scores)' })
    .optional()
    .describe('Whether values mean exactly what is written ("$5" is $5.00, a list price) or are rounded to their last digit (69% covers 68.5% to 69.5%, a score). Default: exact for money, measured for other figures.'),
  list: z.boolean({ error: 'must be true or false' }).optional().describe('For a text property: each value is a list of names ("GB200 and GB300 NVL72"), compared as a set.'),
  direction: z
    .enum(['increase', 'decrease'], { error: 'must be "increase" or "decrease"' })
    .optional()
    .describe('For a change property: the direction of a figure that writes none ("by 35%") when its quote gives none either.'),
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
    z.strictObject({
      kind: z.literal('difference'),
      property: idSchema.describe('The gap or lead, in the units of `of` (percentage points for percent scores).'),
      of: idSchema.describe('The property whose two values are subtracted: the subject\'s minus the one named in `versus`.'),
      versus: idSchema.default('versus').describe('The qualifier of `property` that names the other subject.'),
      description: nonEmptyText,
    }),
    z.strictObject({
      kind: z.literal('ratio'),
      property: idSchema.describe('The change ("doubled", "35x cheaper", "20% higher"): the subject\'s value of `of` over the other\'s.'),
      of: idSchema.describe('The property whose two values are divided.'),
      versus: idSchema.default('versus').describe('The qualifier of `property` that names the other subject.'),
      description: nonEmptyText,
    }),
  ],
  { error: 'must have kind "between" (property, low, high), "less-than" (property, than), "difference" or "ratio" (property, of, versus)' },
);

export const propertiesFileSchema = z.strictObject({
  properties: z.array(propertySchema).describe('Every property a claim may state.'),
  relations: z.array(relationSchema).default([]).describe('Constraints between properties of one subject, checked per source.'),
});
