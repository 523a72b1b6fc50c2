/** What spot reports for one figure: the shape of `npm run spot -- --format json`. */
import { z } from 'zod';
import { VALUE_TYPES } from '../values/registry.ts';

export const RELATIONS = ['agrees', 'conflicts', 'new', 'unmatched'] as const;
export type Relation = (typeof RELATIONS)[number];

export const findingSchema = z
  .object({
    line: z.number().int().positive().describe('Line of the source file (not of the body) where the figure stands, 1-based.'),
    column: z.number().int().positive().describe('Column of the figure on that line, 1-based, in UTF-16 code units as editors count them.'),
    quote: z.string().min(1).describe('The sentence the figure stands in: an exact substring of the archived body.'),
    value: z.string().min(1).describe('The figure as written in the article (an exact substring of the quote).'),
    entry: z.string().min(1).describe('The figure as a claim file records it: spelled-out numbers in digits, an assumed year in brackets; equal to `value` otherwise.'),
    type: z.enum(VALUE_TYPES).describe("The engine's value type the figure was read as."),
    subject: z.string().optional().describe('Subject id the figure is about, when one was found.'),
    property: z.string().optional().describe('Property id the figure states, when one was found.'),
    qualifiers: z.record(z.string(), z.string()).optional().describe('Qualifiers of the claim, such as {versus: claude-opus-4-7}, when the sentence names them.'),
    claim: z.string().optional().describe('The claim id: existing when relation is agrees or conflicts, to be created when it is new.'),
    relation: z.enum(RELATIONS).describe('agrees/conflicts: with the existing reports, by the engine comparison; new: known subject and property, no claim yet; unmatched: no subject or no property found.'),
    recorded: z.boolean().optional().describe('True when the claim already has a report from this source whose quote covers this figure.'),
    note: z.string().optional().describe("The engine's note on the comparison, or why the figure is unmatched."),
    against: z.array(z.object({ source: z.string(), value: z.string() })).optional().describe('For conflicts: the reports the figure disagrees with.'),
  })
  .describe('One checkable figure of an archived source, related to the claim base.');
export type Finding = z.infer<typeof findingSchema>;

export const spotResultSchema = z
  .object({
    source: z.string().describe('The source id spotted.'),
    findings: z.array(findingSchema).describe('Every checkable figure, in text order.'),
  })
  .describe('The result of spotting one source.');
export type SpotResult = z.infer<typeof spotResultSchema>;
