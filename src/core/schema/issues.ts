/**
 * Turns zod issues into Crosscheck diagnostics: a readable field path, a position
 * in the file, and a sentence a contributor can act on (Starlight-style error mapping).
 */
import type { z } from 'zod';
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Position } from '../model.ts';
import { KEY_SUFFIX, positionOf, type PositionMap } from '../parse/yaml.ts';
import { suggest } from '../suggest.ts';
import { fieldPhrase, placeOf } from './field-names.ts';
import { DATE_ERROR } from './fields.ts';
import { dateHint, enumHint, idSuggestion, missingFieldHint, type IdLookup } from './hints.ts';

export type { IdLookup } from './hints.ts';

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
  ids?: IdLookup,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A misspelt required field ("vaule") is one mistake: the unknown-field error that says to
  // rename it stands alone, without a second error saying the right name is missing.
  const renamed = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeysAt(schema, issue.path as PropertyKey[]);
    for (const key of issue.keys) {
      const near = suggestField(key, known);
      if (near) renamed.add([...issue.path, near].map(String).join('.'));
    }
  }
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const at = positionOf(positions, path, fallback);
    const place = placeOf(path, positions);
    const input = (issue as { input?: unknown }).input;

    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const keyPlace = placeOf(keyPath, positions);
        const near = suggestField(key, known);
        out.push(
          diagnostic(
            file,
            positions.get(`${keyPath.map(String).join('.')}${KEY_SUFFIX}`) ?? at,
            'schema-unknown-field',
            `Unknown field ${quoteUserText(keyPlace.field)} in ${keyPlace.item ?? what}.${near ? ` Did you mean ${quoteUserText(near)}?` : ''}`,
            near
              ? `Rename it to \`${near}\`; unknown fields are refused so that typos are not silently ignored.`
              : `The fields here are ${known.length ? known.map((k) => `\`${k}\``).join(', ') : 'listed in the data model in the README'}; unknown fields are refused so that typos are not silently ignored.`,
          ),
        );
      }
      continue;
    }
    if (input === undefined && path.length > 0) {
      if (renamed.has(path.map(String).join('.'))) continue;
      const item = placeOf(path.slice(0, -1), positions).item;
      const name = quoteUserText(String(path[path.length - 1]));
      const message = item ? `${item[0].toUpperCase()}${item.slice(1)} has no ${name}.` : `Missing required field ${quoteUserText(place.field)} in ${what}.`;
      out.push(diagnostic(file, at, 'schema-missing-field', message, missingFieldHint(path, item)));
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
        `${fieldPhrase(place)} ${reason}; found ${describeInput(input)}.`,
        specificHint(issue, input, path, ids),
      ),
    );
  }
  return out;
}

/** A fix fitted to the mistake where one is cheap to find; else the catalog's general hint. */
function specificHint(issue: z.core.$ZodIssue, input: unknown, path: ReadonlyArray<PropertyKey>, ids: IdLookup | undefined): string | undefined {
  if (issue.message === DATE_ERROR) return dateHint(input);
  if (issue.code === 'invalid_value' && issue.values.length > 1) return enumHint(input, issue.values);
  if (issue.code === 'invalid_format' && typeof input === 'string') {
    const known = ids?.(path);
    return (known && idSuggestion(input, known)) || 'Write it in lowercase kebab-case, with "-" where a name has spaces or dots: "gpt-5-5" for GPT-5.5.';
  }
  return undefined;
}
