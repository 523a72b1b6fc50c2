/**
 * Turns zod issues into Crosscheck diagnostics: a readable field path, a position
 * in the file, and a sentence a contributor can act on (Starlight-style error mapping).
 */
import type { z } from 'zod';
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Position } from '../model.ts';
import { KEY_SUFFIX, positionOf, type PositionMap } from '../parse/yaml.ts';

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

export function zodIssuesToDiagnostics(
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  positions: PositionMap,
  fallback: Position,
  what: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const field = formatPath(path);
    const at = positionOf(positions, path, fallback);
    const input = (issue as { input?: unknown }).input;

    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push(
          diagnostic(
            file,
            positions.get(`${keyPath.map(String).join('.')}${KEY_SUFFIX}`) ?? at,
            'schema-unknown-field',
            `Unknown field ${quoteUserText(formatPath(keyPath))} in ${what}.`,
            'Check the spelling against the data model in the README; unknown fields are refused so that typos are not silently ignored.',
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
