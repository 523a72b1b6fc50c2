/**
 * From file text to validated front matter: split, parse YAML safely, check the
 * schema. Each step reports positioned diagnostics; nothing throws on user data.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import { explainMissingClose, splitFrontMatter } from './frontmatter.ts';
import { zodIssuesToDiagnostics, type IdLookup } from '../schema/issues.ts';
import { parseYaml, type PositionMap, type YamlParser } from './yaml.ts';

export interface ParsedFile<T> {
  data: T;
  positions: PositionMap;
  body: string;
  bodyLine: number;
  /** Errors that did not stop parsing (unknown fields); the file is still invalid. */
  errors: Diagnostic[];
}

export type Parsed<T> = { ok: true; value: ParsedFile<T> } | { ok: false; errors: Diagnostic[] };

/** `ids`, where given, names the declared ids an id field may hold, so a malformed one gets a "did you mean". */
export function parseMarkdownFile<S extends z.ZodType>(file: string, text: string, schema: S, what: string, parse: YamlParser = parseYaml, ids?: IdLookup): Parsed<z.output<S>> {
  const split = splitFrontMatter(file, text);
  if (!split.ok) return { ok: false, errors: [split.error] };
  const { yaml, yamlLine, body, bodyLine } = split.value;
  const parsed = parse(file, yaml, yamlLine);
  if (!parsed.ok) return { ok: false, errors: explainMissingClose(file, split.value, parsed.errors) };
  return withSchema(file, parsed, schema, what, body, bodyLine, yamlLine, ids);
}

export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S, what: string, parse: YamlParser = parseYaml): Parsed<z.output<S>> {
  return withSchema(file, parse(file, text, 1), schema, what, '', 1, 1);
}

function withSchema<S extends z.ZodType>(
  file: string,
  parsed: ReturnType<typeof parseYaml>,
  schema: S,
  what: string,
  body: string,
  bodyLine: number,
  firstLine: number,
  ids?: IdLookup,
): Parsed<z.output<S>> {
  if (!parsed.ok) return parsed;
  const { data, positions } = parsed.value;
  const fallback = { line: firstLine, col: 1 };
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: { data: result.data, positions, body, bodyLine, errors: [] } };
  const errors = zodIssuesToDiagnostics(file, result.error.issues, positions, fallback, what, schema, ids);
  // A misspelt field alone should not hide the file's other problems (a wrong quote, an unknown
  // source): drop the unknown keys, keep their errors, and carry on checking the rest.
  if (result.error.issues.every((i) => i.code === 'unrecognized_keys')) {
    const retry = schema.safeParse(withoutKeys(data, result.error.issues), { reportInput: true });
    if (retry.success) return { ok: true, value: { data: retry.data, positions, body, bodyLine, errors } };
  }
  return { ok: false, errors };
}

function withoutKeys(data: Record<string, unknown>, issues: ReadonlyArray<z.core.$ZodIssue>): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let target: unknown = copy;
    for (const seg of issue.path) target = (target as Record<PropertyKey, unknown> | undefined)?.[seg as string];
    if (target && typeof target === 'object') for (const k of issue.keys) delete (target as Record<string, unknown>)[k];
  }
  return copy;
}
