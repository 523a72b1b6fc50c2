/**
 * From file text to validated front matter: split, parse YAML safely, check the
 * schema. Each step reports positioned diagnostics; nothing throws on user data.
 */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { zodIssuesToDiagnostics } from './schema/issues.ts';
import { parseYaml, type PositionMap } from './yaml.ts';

export interface ParsedFile<T> {
  data: T;
  positions: PositionMap;
  body: string;
  bodyLine: number;
}

export type Parsed<T> = { ok: true; value: ParsedFile<T> } | { ok: false; errors: Diagnostic[] };

export function parseMarkdownFile<S extends z.ZodType>(file: string, text: string, schema: S, what: string): Parsed<z.output<S>> {
  const split = splitFrontMatter(file, text);
  if (!split.ok) return { ok: false, errors: [split.error] };
  const { yaml, yamlLine, body, bodyLine } = split.value;
  return withSchema(file, parseYaml(file, yaml, yamlLine), schema, what, body, bodyLine, yamlLine);
}

export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S, what: string): Parsed<z.output<S>> {
  return withSchema(file, parseYaml(file, text, 1), schema, what, '', 1, 1);
}

function withSchema<S extends z.ZodType>(
  file: string,
  parsed: ReturnType<typeof parseYaml>,
  schema: S,
  what: string,
  body: string,
  bodyLine: number,
  firstLine: number,
): Parsed<z.output<S>> {
  if (!parsed.ok) return parsed;
  const { data, positions } = parsed.value;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return { ok: false, errors: zodIssuesToDiagnostics(file, result.error.issues, positions, { line: firstLine, col: 1 }, what) };
  }
  return { ok: true, value: { data: result.data, positions, body, bodyLine } };
}
