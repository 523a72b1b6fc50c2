/**
 * Parses front matter YAML into plain data plus a map from data paths
 * ("reports.2.quote") to file positions, refusing every YAML feature that is a
 * known hazard for untrusted input: tags, anchors/aliases, duplicate keys,
 * prototype-polluting keys, merge keys and runaway nesting.
 */
import YAML, { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Position } from '../model.ts';
import { FORBIDDEN_KEYS, KEY_SUFFIX, parseCommonYaml } from './yaml-common.ts';
import { explainYamlErrors } from './yaml-errors.ts';

export const MAX_YAML_DEPTH = 16;
/** Diagnostics listed per file before the rest are summed up in one line. */
export const MAX_YAML_ERRORS = 50;

export type PositionMap = Map<string, Position>;
export { KEY_SUFFIX };

export interface ParsedYaml {
  data: Record<string, unknown>;
  positions: PositionMap;
}

export type YamlResult = { ok: true; value: ParsedYaml } | { ok: false; errors: Diagnostic[] };

/** `parseYaml` or a stand-in with the same results (a cache of earlier parses, say). */
export type YamlParser = typeof parseYaml;

/**
 * Front matter in the common shape is read by a fast reader (src/core/parse/yaml-common.ts);
 * everything else, including every file with a problem, by the library with the checks below.
 */
export function parseYaml(file: string, text: string, firstLine: number): YamlResult {
  const common = parseCommonYaml(text, firstLine);
  return common ? { ok: true, value: common } : parseYamlWithLibrary(file, text, firstLine);
}

export function parseYamlWithLibrary(file: string, text: string, firstLine: number): YamlResult {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, {
    lineCounter,
    // The library's duplicate-key check compares every key with every other key
    // (quadratic: 50,000 keys took 36 s); walk() checks with a Map instead, which also
    // remembers where each key first appeared so the report can name that line.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    merge: false,
    customTags: [],
  });
  const at = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line + firstLine - 1, col: p.col };
  };

  const errors: Diagnostic[] = [];
  // The parser catches its own stack overflow on absurd nesting and calls it resource exhaustion.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) errors.push(tooDeep(at(exhausted.pos[0])));
  const syntax = doc.errors.filter((e) => e.code !== 'RESOURCE_EXHAUSTION');
  for (const p of explainYamlErrors(text, syntax, (offset) => lineCounter.linePos(offset), firstLine)) {
    errors.push(diagnostic(file, { line: p.line + firstLine - 1, col: p.col }, 'yaml-syntax', p.message, p.hint));
  }
  if (errors.length > 0) return { ok: false, errors: capped(errors) };

  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return {
      ok: false,
      errors: [diagnostic(file, { line: firstLine, col: 1 }, 'frontmatter-empty', 'The front matter is empty.', 'Fill in the required fields (see README, "Data model").')],
    };
  }
  if (!isMap(contents)) {
    return {
      ok: false,
      errors: [
        diagnostic(
          file,
          at(contents.range?.[0]),
          'frontmatter-not-mapping',
          `The front matter must be a mapping of field names to values, not a ${isSeq(contents) ? 'list' : 'single value'}.`,
          'Write one "field: value" per line.',
        ),
      ],
    };
  }

  const positions: PositionMap = new Map();
  walk(contents, '', 0);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, value: { data: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>, positions } };

  /** A billion-laughs file has thousands of aliases; the first few and a count say everything. */
  function capped(list: Diagnostic[]): Diagnostic[] {
    if (list.length <= MAX_YAML_ERRORS) return list;
    const rest = list.slice(MAX_YAML_ERRORS - 1);
    const more = diagnostic(file, rest[0], 'yaml-too-many-problems', `…and ${rest.length} more YAML problems in this file, not listed one by one.`, 'Fix the problems listed above and run the check again.');
    return [...list.slice(0, MAX_YAML_ERRORS - 1), more];
  }

  function tooDeep(where: Position): Diagnostic {
    return diagnostic(file, where, 'yaml-too-deep', `The front matter nests deeper than ${MAX_YAML_DEPTH} levels.`, 'Flatten the structure; no Crosscheck field needs this depth.');
  }

  /** Tags and anchors are refused wherever they sit, on values and on keys alike. */
  function checkProps(n: YamlNode & { anchor?: string; tag?: string }): void {
    if (n.anchor) {
      errors.push(diagnostic(file, at(n.range?.[0]), 'yaml-alias', `YAML anchors (${quoteUserText(`&${n.anchor}`, 40)}) are not allowed.`, 'Remove the anchor and write values out in full.'));
    }
    if (n.tag) {
      const tag = quoteUserText(n.tag.replace('tag:yaml.org,2002:', '!!'), 40);
      errors.push(diagnostic(file, at(n.range?.[0]), 'yaml-tag', `YAML tags (${tag}) are not allowed.`, 'Remove the tag; write the value as a plain string, number, boolean, list or mapping.'));
    }
  }

  function walk(node: unknown, path: string, depth: number): void {
    if (depth > MAX_YAML_DEPTH) {
      errors.push(tooDeep(at((node as YamlNode).range?.[0])));
      return;
    }
    if (isAlias(node)) {
      errors.push(diagnostic(file, at(node.range?.[0]), 'yaml-alias', `YAML aliases (${quoteUserText(`*${node.source}`, 40)}) are not allowed.`, 'Write the value out in full instead of referring to an anchor.'));
      return;
    }
    const n = node as YamlNode & { anchor?: string; tag?: string };
    if (n) checkProps(n);
    if (path) positions.set(path, at(n?.range?.[0]));
    if (isMap(node)) {
      const seen = new Map<string, Position>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        if (isAlias(keyNode)) {
          walk(keyNode, '', depth + 1);
          continue;
        }
        const key = isScalar(keyNode) ? String(keyNode.value) : null;
        if (key === null) {
          errors.push(diagnostic(file, at(keyNode?.range?.[0]), 'yaml-complex-key', 'Mapping keys must be plain strings.', 'Use a simple word as the key.'));
          continue;
        }
        checkProps(keyNode as YamlNode & { anchor?: string; tag?: string });
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push(
            diagnostic(file, at(keyNode?.range?.[0]), 'yaml-forbidden-key', `The key ${quoteUserText(key, 40)} is not allowed.`, 'Rename or remove it; it has a special meaning to JavaScript objects or YAML merges.'),
          );
          continue;
        }
        // Compared as the strings they become in JavaScript, so `1:` and `"1":` collide too.
        const first = seen.get(key);
        if (first) {
          errors.push(
            diagnostic(
              file,
              at(keyNode?.range?.[0]),
              'yaml-duplicate-key',
              `Invalid YAML: the key ${quoteUserText(key, 40)} appears twice in one mapping: first on line ${first.line}, again here.`,
              `Each key may appear once in a mapping; remove this one or merge it into line ${first.line}.`,
            ),
          );
          continue;
        }
        seen.set(key, at(keyNode?.range?.[0]));
        const childPath = path ? `${path}.${key}` : key;
        positions.set(`${childPath}${KEY_SUFFIX}`, at(keyNode?.range?.[0]));
        if (pair.value === null || pair.value === undefined) {
          positions.set(childPath, at(keyNode?.range?.[0]));
          continue;
        }
        walk(pair.value, childPath, depth + 1);
        if (!positions.has(childPath)) positions.set(childPath, at(keyNode?.range?.[0]));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i), depth + 1));
    }
  }
}

/** The position of a data path, or of its nearest ancestor that has one. */
export function positionOf(positions: PositionMap, path: ReadonlyArray<PropertyKey>, fallback: Position): Position {
  for (let n = path.length; n > 0; n--) {
    const p = positions.get(path.slice(0, n).map(String).join('.'));
    if (p) return p;
  }
  return fallback;
}
