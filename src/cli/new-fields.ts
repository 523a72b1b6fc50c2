/**
 * Field checks for `npm run new`, shared by flags and prompts. Each returns what is
 * wrong and what to do in one sentence, or undefined. They mirror `npm run check`, so a
 * scaffolded file starts valid wherever the contributor gave the information.
 */
import { idKey } from '../core/ids.ts';
import { SOURCE_KINDS, type Property, type RawValue } from '../core/model.ts';
import { ID_PATTERN, isHttpUrl, partialDateSchema } from '../core/schema/fields.ts';
import { suggest } from '../core/suggest.ts';
import { definitionFor, definitionOf, describeOtherReading, parseValue, type ValueType } from '../core/values/index.ts';
import { readValue as readInContext } from '../core/values/in-context.ts';
import type { ProjectIndex } from './new-project.ts';

const didYouMean = (near: string | undefined, label?: string) => (near ? ` Did you mean ${JSON.stringify(near)}${label ? ` (${label})` : ''}?` : '');

export function checkId(id: string, what: string): string | undefined {
  if (!ID_PATTERN.test(id)) return `${JSON.stringify(id)} is not a valid ${what} id: use lowercase letters a-z, digits and "-", starting with a letter or digit.`;
  if (id.length > 120) return `The ${what} id is ${id.length} characters long; the limit is 120.`;
  return undefined;
}

export function checkNewSourceId(ix: ProjectIndex, id: string): string | undefined {
  const bad = checkId(id, 'source');
  if (bad) return bad;
  const file = ix.sourceFiles.get(idKey(id));
  if (file) return `The source id ${JSON.stringify(id)} is already used by ${file}. If it is the same article, use it as it is; otherwise choose another id with --id.`;
  return undefined;
}

export function checkKind(kind: string): string | undefined {
  if ((SOURCE_KINDS as readonly string[]).includes(kind)) return undefined;
  return `${JSON.stringify(kind)} is not a source kind.${didYouMean(suggest(kind, SOURCE_KINDS))} Use one of ${SOURCE_KINDS.join(', ')}.`;
}

export function checkUrl(url: string): string | undefined {
  return isHttpUrl(url) ? undefined : `${JSON.stringify(url)} is not an absolute http:// or https:// address.`;
}

export function checkDate(date: string): string | undefined {
  return partialDateSchema.safeParse(date).success ? undefined : `${JSON.stringify(date)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2026-04-23).`;
}

export function parseYesNo(answer: string): boolean | undefined {
  const a = answer.trim().toLowerCase();
  if (['true', 'yes', 'y'].includes(a)) return true;
  if (['false', 'no', 'n'].includes(a)) return false;
  return undefined;
}

export function checkYesNo(answer: string): string | undefined {
  return parseYesNo(answer) === undefined ? `${JSON.stringify(answer)} is not yes or no (true/false).` : undefined;
}

/** Ids, names and aliases all find a subject: "GPT-5.5" suggests gpt-5-5. */
export function checkSubject(ix: ProjectIndex, id: string): string | undefined {
  if (ix.subjects.has(id)) return undefined;
  const byName = [...ix.subjects.values()].find((s) => [s.name, ...s.aliases].some((n) => idKey(n) === idKey(id)));
  const near = byName?.id ?? suggest(id, [...ix.subjects.keys()]);
  return `No subject has the id ${JSON.stringify(id)}.${didYouMean(near, near ? ix.subjects.get(near)?.name : undefined)} Subjects are declared in claims/subjects.yaml; add a new one there first (see CONTRIBUTING.md).`;
}

export function checkProperty(ix: ProjectIndex, id: string): string | undefined {
  if (ix.properties.has(id)) return undefined;
  const byLabel = [...ix.properties.values()].find((p) => idKey(p.label) === idKey(id));
  const near = byLabel?.id ?? suggest(id, [...ix.properties.keys()]);
  return `No property has the id ${JSON.stringify(id)}.${didYouMean(near, near ? ix.properties.get(near)?.label : undefined)} Properties are declared in claims/properties.yaml; add a new one there first (see CONTRIBUTING.md).`;
}

/** A source a report can quote: it exists, it is valid, and its text is archived. */
export function checkQuotableSource(ix: ProjectIndex, id: string): string | undefined {
  const file = ix.sourceFiles.get(idKey(id));
  if (!file) return `No source has the id ${JSON.stringify(id)}.${didYouMean(suggest(id, [...ix.sourceFiles.values()].map((f) => f.slice(8, -3))))} Add it first with \`npm run new -- source <url-or-title>\`.`;
  const source = ix.sources.get(id);
  if (!source) return `${file} has errors of its own; run \`npm run check\` and fix them first.`;
  if (!source.archived) return `${file} is not archived, so it cannot be quoted. Quote the article that cites it and name ${id} with --via.`;
  return undefined;
}

export function checkVia(ix: ProjectIndex, id: string): string | undefined {
  if (ix.sourceFiles.has(idKey(id))) return undefined;
  return `No source has the id ${JSON.stringify(id)}.${didYouMean(suggest(id, [...ix.sourceFiles.values()].map((f) => f.slice(8, -3))))} Add the upstream with \`npm run new -- source <url-or-title> --archived false\`.`;
}

/** `e.g. "82.7%", "20 percent" or "over 20%"`: a hint from the type's own examples. */
export function valueExamples(type: ValueType): string {
  const shown = definitionOf(type).examples.slice(0, 3).map((e) => (typeof e === 'string' ? JSON.stringify(e) : String(e)));
  return `e.g. ${shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : shown[0]}`;
}

/** The value as it goes into the file: as written, unless its type says otherwise (yes/no facts become booleans). */
export function readValue(property: Property, text: string, quote?: string): { ok: true; raw: RawValue } | { ok: false; problem: string } {
  // With its quote known, the value is read as the check will read it (a bare change takes its direction from the quote).
  const parsed = quote === undefined ? parseValue(property.type, text) : readInContext(property, text, quote);
  if (!parsed.ok) {
    const other = describeOtherReading(property.type, text);
    return { ok: false, problem: `${JSON.stringify(text)} cannot be read as a ${property.type} (property ${property.id}). Expected ${parsed.expected}.${other ? ` ${other}` : ''}` };
  }
  const { toRaw } = definitionFor(parsed.value);
  return { ok: true, raw: toRaw ? toRaw(parsed.value, text) : text };
}

/** `versus=claude-opus-4-7` -> ['versus', 'claude-opus-4-7'] */
export function parseQualifier(text: string): { ok: true; key: string; value: string } | { ok: false; problem: string } {
  const eq = text.indexOf('=');
  const key = text.slice(0, eq).trim();
  const value = text.slice(eq + 1).trim();
  if (eq < 0 || !key || !value) return { ok: false, problem: `--qualifier ${JSON.stringify(text)} must be written name=value, e.g. --qualifier versus=claude-opus-4-7.` };
  const bad = checkId(key, 'qualifier name') ?? checkId(value, 'qualifier value');
  return bad ? { ok: false, problem: bad } : { ok: true, key, value };
}
