/**
 * A fast reader for the YAML that front matter nearly always is: block mappings and
 * sequences, one-line scalars, one-line flow lists and mappings, and literal block text. It gives the
 * same data and positions as `parseYaml`'s library path, or `undefined` the moment it meets
 * anything else (tags, anchors, escapes, folded text, a repeated key, a null, an odd
 * character...), so every unusual, invalid or hostile file still goes through the library
 * and its checks. Why: the library builds a full syntax tree per file, and at 10,000 claims
 * that was the largest single cost of loading a corpus.
 */
import type { Position } from '../model.ts';

export interface CommonYaml {
  data: Record<string, unknown>;
  positions: Map<string, Position>;
}

/** Positions are stored per data path (the value) and per `path + KEY_SUFFIX` (the key itself). */
export const KEY_SUFFIX = '#key';
/** Deeper than any Crosscheck field; anything deeper is left to the library's depth check. */
const MAX_DEPTH = 8;
/** Control and line-separator characters, tabs, CR and BOM: the library decides what they mean. */
const UNUSUAL_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
/** Plain words the YAML 1.2 core schema reads as null or booleans (and keys to leave alone). */
const RESERVED = new Map<string, unknown>([
  ['null', null], ['Null', null], ['NULL', null], ['~', null],
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);
/** Keys with a special meaning to JavaScript objects or to YAML merges; the library path reports them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', '<<']);
const INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Starts like a number: a plain scalar of this shape is a number or a string, never guessed. */
const NUMERIC_START = /^[-+]?\.?[0-9]/;
/** The core schema's other number forms (octal, hex, exponents, signs, leading dots, inf/nan). */
const OTHER_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOW_WORD = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  indent: number;
  text: string;
}

export function parseCommonYaml(text: string, firstLine: number): CommonYaml | undefined {
  if (UNUSUAL_CHAR.test(text)) return undefined;
  const lines: Line[] = text.split('\n').map((raw) => {
    const indent = raw.length - raw.trimStart().length;
    return { indent, text: raw };
  });
  const positions = new Map<string, Position>();
  const at = (line: number, col: number): Position => ({ line: line + firstLine, col: col + 1 });
  let cursor = 0;

  try {
    const start = nextSignificant(0);
    if (start === lines.length || lines[start].indent !== 0) return undefined;
    const data = readMap(start, 0, '', 0);
    if (nextSignificant(cursor) !== lines.length) return undefined;
    return { data, positions };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }

  /** A mapping key the reader may take: new in its mapping, and neither special nor read as a non-string. */
  function takeKey(key: string, seen: Set<string>): string {
    if (seen.has(key) || RESERVED.has(key) || FORBIDDEN_KEYS.has(key)) unsupported();
    seen.add(key);
    return key;
  }

  function blank(i: number): boolean {
    const t = lines[i].text.trimStart();
    return t === '' || t.startsWith('#');
  }

  function nextSignificant(from: number): number {
    let i = from;
    while (i < lines.length && blank(i)) i++;
    return i;
  }

  /**
   * A block mapping whose first key sits at (line, col); later keys must line up with it.
   * Leaves `cursor` on the first line after the mapping.
   */
  function readMap(line: number, col: number, path: string, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) unsupported();
    if (path) positions.set(path, at(line, col));
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    let i = line;
    let c = col;
    for (;;) {
      const rest = lines[i].text.slice(c);
      const m = KEY_LINE.exec(rest);
      if (!m) unsupported();
      const key = takeKey(m![1], seen);
      const childPath = path ? `${path}.${key}` : key;
      positions.set(`${childPath}${KEY_SUFFIX}`, at(i, c));
      const valueCol = c + m![0].length;
      const valueText = lines[i].text.slice(valueCol);
      if (valueText === '' || valueText.startsWith('#')) {
        out[key] = readNested(i, c, childPath, depth + 1);
      } else {
        out[key] = readInline(i, valueCol, c, childPath);
      }
      const next = nextSignificant(cursor);
      if (next === lines.length || lines[next].indent < col) break;
      if (lines[next].indent !== col) unsupported();
      i = next;
      c = col;
    }
    return out;
  }

  /** The value of `key:` with nothing after it: a block on the following lines, or null (left to the library). */
  function readNested(keyLine: number, keyCol: number, path: string, depth: number): unknown {
    const next = nextSignificant(keyLine + 1);
    if (next === lines.length) unsupported();
    const { indent, text: raw } = lines[next];
    // A list may sit at its key's own indentation; a mapping must be indented deeper.
    if (raw[indent] === '-' && indent >= keyCol) return readSeq(next, indent, path, depth);
    if (indent > keyCol) return readMap(next, indent, path, depth);
    return unsupported();
  }

  function readSeq(line: number, col: number, path: string, depth: number): unknown[] {
    if (depth > MAX_DEPTH) unsupported();
    positions.set(path, at(line, col));
    const out: unknown[] = [];
    let i = line;
    for (;;) {
      const raw = lines[i].text;
      if (!raw.startsWith('- ', col)) unsupported();
      const itemCol = col + 2 + (raw.length - col - 2 - raw.slice(col + 2).trimStart().length);
      const itemPath = `${path}.${out.length}`;
      const itemText = raw.slice(itemCol);
      if (itemText === '' || /^[#|-]/.test(itemText)) unsupported();
      if (KEY_LINE.test(itemText)) {
        out.push(readMap(i, itemCol, itemPath, depth + 1));
      } else {
        out.push(readInline(i, itemCol, col, itemPath));
      }
      const next = nextSignificant(cursor);
      if (next === lines.length || lines[next].indent < col) break;
      if (lines[next].indent !== col) unsupported();
      // At the list's own indentation, a line that is no item ends a list written under its key.
      if (lines[next].text[col] !== '-') break;
      i = next;
    }
    return out;
  }

  /** A value that starts on its key's (or dash's) line at `col`; block text must be indented past `parentCol`. */
  function readInline(line: number, col: number, parentCol: number, path: string): unknown {
    const raw = lines[line].text;
    const first = raw[col];
    positions.set(path, at(line, col));
    cursor = line + 1;
    if (first === '"' || first === "'") {
      const { value, end } = quoted(raw, col);
      trailing(raw, end);
      return value;
    }
    if (first === '[') return flowList(raw, line, col, path);
    if (first === '{') return flowMap(raw, line, col, path);
    if (first === '|') return literalBlock(line, col, parentCol);
    return plain(raw.slice(col).trimEnd());
  }

  /** Only comments may follow a finished value on its line. */
  function trailing(raw: string, from: number): void {
    const rest = raw.slice(from);
    if (rest.trim() === '') return;
    if (/^ +#/.test(rest)) return;
    unsupported();
  }

  function quoted(raw: string, col: number): { value: string; end: number } {
    const q = raw[col];
    let value = '';
    for (let j = col + 1; j < raw.length; j++) {
      const ch = raw[j];
      if (q === '"' && ch === '\\') unsupported();
      if (ch === q) {
        if (q === "'" && raw[j + 1] === "'") {
          value += "'";
          j++;
          continue;
        }
        return { value, end: j + 1 };
      }
      value += ch;
    }
    // A quoted scalar that goes on to the next line folds its line breaks: the library's job.
    return unsupported();
  }

  function plain(value: string): unknown {
    if (RESERVED.has(value)) return RESERVED.get(value);
    if (NUMERIC_START.test(value)) {
      if (INT.test(value) || DECIMAL.test(value)) return Number(value);
      if (OTHER_NUMBER.test(value)) unsupported();
    } else if (!/^[A-Za-z_$(]/.test(value)) {
      unsupported();
    }
    if (value.includes(' #') || value.includes(': ') || value.endsWith(':') || /[[\]{}]/.test(value)) unsupported();
    return value;
  }

  /** The items of a one-line flow collection opened at `col`; `item` reads one and returns where it ends. */
  function flowItems(raw: string, col: number, close: string, item: (j: number) => number): void {
    let j = col + 1;
    const skipSpaces = () => {
      while (raw[j] === ' ') j++;
    };
    skipSpaces();
    if (raw[j] === close) return trailing(raw, j + 1);
    for (;;) {
      skipSpaces();
      j = item(j);
      skipSpaces();
      if (raw[j] === ',') {
        j++;
        skipSpaces();
        if (raw[j] === close) unsupported();
        continue;
      }
      if (raw[j] === close) return trailing(raw, j + 1);
      unsupported();
    }
  }

  /** A word or quoted text inside a flow collection, up to the next `,` or `close`. */
  function flowScalar(raw: string, j: number, close: string): { value: string; end: number } {
    if (raw[j] === '"' || raw[j] === "'") return quoted(raw, j);
    let k = j;
    while (k < raw.length && raw[k] !== ',' && raw[k] !== close) k++;
    const value = raw.slice(j, k).trimEnd();
    if (!FLOW_WORD.test(value) || NUMERIC_START.test(value) || RESERVED.has(value)) unsupported();
    return { value, end: k };
  }

  function flowList(raw: string, line: number, col: number, path: string): unknown[] {
    const out: unknown[] = [];
    flowItems(raw, col, ']', (j) => {
      positions.set(`${path}.${out.length}`, at(line, j));
      const { value, end } = flowScalar(raw, j, ']');
      out.push(value);
      return end;
    });
    return out;
  }

  /** A one-line flow mapping of word keys to words or quoted text: `{versus: claude-opus-4-7}`. */
  function flowMap(raw: string, line: number, col: number, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    flowItems(raw, col, '}', (j) => {
      const m = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(raw.slice(j));
      if (!m) return unsupported();
      const key = takeKey(m[1], seen);
      const childPath = `${path}.${key}`;
      positions.set(`${childPath}${KEY_SUFFIX}`, at(line, j));
      positions.set(childPath, at(line, j + m[0].length));
      const { value, end } = flowScalar(raw, j + m[0].length, '}');
      out[key] = value;
      return end;
    });
    return out;
  }

  /** `|` (keep one final line break) or `|-` (none), indented deeper than its key. */
  function literalBlock(line: number, col: number, parentCol: number): string {
    const header = lines[line].text.slice(col).trimEnd();
    if (header !== '|' && header !== '|-') unsupported();
    const body: string[] = [];
    let blockIndent = -1;
    let i = line + 1;
    for (; i < lines.length; i++) {
      const raw = lines[i].text;
      if (raw.trim() === '') {
        // Spaces beyond the indentation on an empty line would be content: rare, left to the library.
        if (blockIndent >= 0 && raw.length > blockIndent) unsupported();
        if (blockIndent < 0 && raw.length > 0) unsupported();
        body.push('');
        continue;
      }
      const indent = lines[i].indent;
      if (blockIndent < 0) {
        if (indent <= parentCol) break;
        blockIndent = indent;
      }
      if (indent < blockIndent) {
        if (indent > parentCol) unsupported();
        break;
      }
      body.push(raw.slice(blockIndent));
    }
    if (blockIndent < 0) unsupported();
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    cursor = i;
    const text = body.join('\n');
    return header === '|' ? `${text}\n` : text;
  }
}
