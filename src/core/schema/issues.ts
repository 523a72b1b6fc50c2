/**
 * Turns zod issues into Crosscheck diagnostics: a readable field path, a position
 * in the file, and a sentence a contributor can act on (Starlight-style error mapping).
 */
import type { z } from 'zod';
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Position } from '../model.ts';
import { KEY_SUFFIX, positionOf, type PositionMap } from '../parse/yaml.ts';
import { suggest } from '../suggest.ts';

/** "topic" -> "topics", "Title" -> "title", "publised" -> "published"; only among the fields allowed here. */
function suggestField(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower) ?? suggest(lower.replace(/_/g, '-'), known);
}

/** `['reports', 2, 'quote']` -> `reports[2].quote` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return `${typeof input === 'number' ? 'the number' : typeof input === 'boolean' ? 'the boolean' : 'the text'} ${quoteUserText(input, 40)}`;
}

/** Wrappers whose fields are those of the schema inside them. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The field names a schema allows at a data path (`['reports', 2]` -> source, value, quote, via),
 * read from the zod definitions, for "did you mean" on unknown fields. Empty where no object is.
 */
export function knownKeysAt(schema: z.ZodType | undefined, path: ReadonlyArray<PropertyKey>): string[] {
  let def = (schema as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod?.def;
  const unwrap = () => {
    for (let guard = 0; def && guard < 10; guard++) {
      if (WRAPPERS.has(def.type as string)) def = (def.innerType as { _zod: { def: Record<string, unknown> } })._zod.def;
      else if (def.type === 'pipe') def = (def.in as { _zod: { def: Record<string, unknown> } })._zod.def;
      else break;
    }
  };
  for (const seg of path) {
    unwrap();
    if (!def) return [];
    if (def.type === 'array' && typeof seg === 'number') def = (def.element as { _zod: { def: Record<string, unknown> } })._zod.def;
    else if (def.type === 'object' && typeof seg === 'string') def = (def.shape as Record<string, { _zod: { def: Record<string, unknown> } }>)[seg]?._zod.def;
    else return [];
  }
  unwrap();
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

export function zodIssuesToDiagnostics(
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  positions: PositionMap,
  fallback: Position,
  what: string,
  schema?: z.ZodType,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const field = formatPath(path);
    const at = positionOf(positions, path, fallback);
    const input = (issue as { input?: unknown }).input;

    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const near = suggestField(key, known);
        out.push(
          diagnostic(
            file,
            positions.get(`${keyPath.map(String).join('.')}${KEY_SUFFIX}`) ?? at,
            'schema-unknown-field',
            `Unknown field ${quoteUserText(formatPath(keyPath))} in ${what}.${near ? ` Did you mean ${quoteUserText(near)}?` : ''}`,
            near
              ? `Rename it to \`${near}\`; unknown fields are refused so that typos are not silently ignored.`
              : `The fields here are ${known.length ? known.map((k) => `\`${k}\``).join(', ') : 'listed in the data model in the README'}; unknown fields are refused so that typos are not silently ignored.`,
          ),
        );
      }
      continue;
    }
    if (issue.code === 'invalid_type' && input === undefined) {
      out.push(
        diagnostic(file, at, 'schema-missing-field', `Missing required field ${quoteUserText(field)} in ${what}.`, `Add "${String(path[path.length - 1])}:" (see the data model in the README).`),
      );
      continue;
    }
    const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : undefined;
    const expected = issue.code === 'invalid_type' ? `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`}` : undefined;
    const reason = custom ?? expected ?? issue.message;
    out.push(
      diagnostic(
        file,
        at,
        'schema-invalid',
        `Field ${quoteUserText(field || '(front matter)')} ${reason}; found ${describeInput(input)}.`,
        'Correct the value to match the data model in the README.',
      ),
    );
  }
  return out;
}
