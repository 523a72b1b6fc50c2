/**
 * Writing YAML for `npm run new`: quoted scalars that always read back as the same
 * string, and appending a report to an existing claim file without reformatting it
 * (the contributor's comments, quoting and order stay exactly as they were).
 */
import { isDeepStrictEqual } from 'node:util';
import YAML, { isMap, isSeq } from 'yaml';
import type { RawValue } from '../core/model.ts';
import { identicalReportIndex } from '../core/same-report.ts';

/**
 * A double-quoted YAML scalar. JSON string syntax is valid YAML; YAML additionally
 * forbids DEL, C1 controls and a few invisibles unescaped, so those are escaped too.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A report value as YAML: yes/no facts as booleans, everything else as the text written. */
export function yamlValue(raw: RawValue): string {
  return typeof raw === 'string' ? yamlString(raw) : String(raw);
}

/** `[a, b]` for ids (already validated as kebab-case, so they need no quoting). */
export function yamlIdList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

export interface NewReport {
  source: string;
  value: RawValue;
  quote: string;
  via?: string;
}

export function reportLines(r: NewReport, indent: string): string[] {
  return [
    `${indent}- source: ${r.source}`,
    `${indent}  value: ${yamlValue(r.value)}`,
    `${indent}  quote: ${yamlString(r.quote)}`,
    ...(r.via ? [`${indent}  via: ${r.via}`] : []),
  ];
}

const PARSE_OPTIONS: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = { uniqueKeys: true, strict: true, merge: false, customTags: [] };

export type AppendResult = { ok: true; text: string; line: number } | { ok: false; reason: string; duplicate?: boolean };

/**
 * Inserts `report` after the last item of the front matter's `reports` list. The new
 * text is parsed again and must equal the old data plus exactly this report; anything
 * else (a flow-style list, odd layout) is refused so the caller can show the snippet.
 */
export function appendReport(fileText: string, report: NewReport): AppendResult {
  const bom = fileText.startsWith('\ufeff') ? '\ufeff' : '';
  const src = fileText.slice(bom.length);
  const firstBreak = src.indexOf('\n');
  if (!/^---[ \t]*\r?$/.test(src.slice(0, firstBreak === -1 ? undefined : firstBreak))) return { ok: false, reason: 'the file does not start with a "---" front matter line' };
  const yamlStart = firstBreak + 1;
  const close = /^---[ \t]*\r?$/m.exec(src.slice(yamlStart));
  if (!close) return { ok: false, reason: 'the front matter is never closed by a "---" line' };
  const yaml = src.slice(yamlStart, yamlStart + close.index);

  const doc = YAML.parseDocument(yaml, PARSE_OPTIONS);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, reason: 'its front matter has YAML errors (run `npm run check` to see them)' };
  const seq = doc.get('reports', true);
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return { ok: false, reason: '`reports` is not a block list ("- source: …" items)' };
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
  if (!last.range) return { ok: false, reason: 'the last report could not be located' };

  const nl = yaml.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = yaml.lastIndexOf('\n', seq.range[0] - 1) + 1;
  const indent = yaml.slice(lineStart, seq.range[0]);
  if (!/^ *$/.test(indent)) return { ok: false, reason: 'the reports list does not start on its own line' };

  let at = last.range[1];
  let lead = '';
  if (at > 0 && yaml[at - 1] !== '\n') {
    const next = yaml.indexOf('\n', at);
    if (next === -1) {
      at = yaml.length;
      lead = nl;
    } else at = next + 1;
  }
  const inserted = lead + reportLines(report, indent).join(nl) + nl;
  const newYaml = yaml.slice(0, at) + inserted + yaml.slice(at);

  const before = doc.toJS() as { reports: unknown[] };
  const added = { source: report.source, value: report.value, quote: report.quote, ...(report.via ? { via: report.via } : {}) };
  const same = identicalReportIndex(before.reports, added);
  if (same >= 0) return { ok: false, reason: `report ${same + 1} is identical`, duplicate: true };
  const afterDoc = YAML.parseDocument(newYaml, PARSE_OPTIONS);
  const expected = { ...before, reports: [...before.reports, added] };
  if (afterDoc.errors.length > 0 || !isDeepStrictEqual(afterDoc.toJS(), expected)) return { ok: false, reason: 'the file layout is unusual, so appending automatically could change its meaning' };

  const line = 2 + (yaml.slice(0, at) + lead).split('\n').length - 1;
  return { ok: true, text: bom + src.slice(0, yamlStart) + newYaml + src.slice(yamlStart + yaml.length), line };
}
