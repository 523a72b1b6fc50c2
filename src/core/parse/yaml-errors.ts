/**
 * YAML syntax errors in a contributor's words. The `yaml` package reports what its parser
 * hit ("Implicit keys need to be on a single line"); this module looks at the line where it
 * happened and says what is wrong there and how to fix that case: a mis-indented line, a
 * tab, a colon inside a value, a quote never closed, a list never closed, a "#" glued to a
 * value. One report per line: one mistake often trips the parser twice.
 */
import type { YAMLError } from 'yaml';
import { quoteUserText } from '../diagnostics.ts';

export interface YamlProblem {
  /** 1-based line and column inside the YAML text. */
  line: number;
  col: number;
  message: string;
  hint: string;
}

/** `linePos` is the parser's own offset-to-position map (1-based). */
export function explainYamlErrors(text: string, errors: readonly YAMLError[], linePos: (offset: number) => { line: number; col: number }): YamlProblem[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: YamlProblem[] = [];
  const seenLines = new Set<number>();
  for (const e of errors) {
    const p = explainOne(lines, e, linePos(e.pos[0]));
    if (seenLines.has(p.line)) continue;
    seenLines.add(p.line);
    out.push(p);
    // Nothing after an unclosed quote or list reads as intended; further reports would be noise.
    if (/never closed/.test(p.message)) break;
  }
  return out;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#'"][^:#]*?):(\s|$)/;

function explainOne(lines: string[], e: YAMLError, pos: { line: number; col: number }): YamlProblem {
  const text = lines[pos.line - 1] ?? '';
  const here = (message: string, hint: string, col = pos.col): YamlProblem => ({ line: pos.line, col, message, hint });

  const unclosed = e.message.match(/Missing closing (["'])quote/);
  if (unclosed) {
    const open = findOpeningQuote(lines, pos.line, unclosed[1]);
    const q = unclosed[1];
    return {
      line: open.line,
      col: open.col,
      message: `The value quoted with ${q} here is never closed.`,
      hint: q === '"' ? 'Add the closing " at the end of the value. A " inside the value is written \\".' : "Add the closing ' at the end of the value. A ' inside the value is written ''.",
    };
  }
  if (e.code === 'TAB_AS_INDENT' || /^\s*\t/.test(text)) {
    return here('This line is indented with a tab; YAML indentation must be spaces.', 'Replace the tab with spaces: two for each level, like the lines around it.', 1);
  }
  if (/Comments must be separated/.test(e.message)) {
    return here('A "#" right after a value, without a space before it, is neither part of the value nor a comment.', 'Put the whole value in double quotes if "#" belongs to it, or a space before "#" to start a comment.');
  }
  if (/Flow (sequence|mapping).*end with/.test(e.message) || e.code === 'MISSING_CHAR' && /flow/i.test(e.message)) {
    const list = /sequence/.test(e.message);
    return here(`The ${list ? 'list opened with "["' : 'mapping opened with "{"'} is never closed.`, `Close it with "${list ? ']' : '}'}" on the same line, e.g. ${list ? '`cites: [a, b]`' : '`qualifiers: {versus: model-y}`'}.`);
  }
  if (/Block scalar header includes extra characters/.test(e.message)) {
    const m = text.match(/^(.*?(?::\s+|^\s*-\s+|^\s*))([>|])/);
    const c = m?.[2] ?? '>';
    return here(
      `A value cannot start with ${quoteUserText(c)} unless it is quoted: YAML reads ">" and "|" as the start of a multi-line text.`,
      `Put the whole value in double quotes: ${fixQuoted(text)}.`,
      m ? m[1].length + 1 : pos.col,
    );
  }
  if (/Unexpected flow-(seq|map)-end/.test(e.message)) {
    const c = /seq/.test(e.message) ? ']' : '}';
    return here(`This "${c}" closes no ${c === ']' ? 'list' : 'mapping'}.`, `Remove it, or put the whole value in double quotes if "${c}" is part of the text.`);
  }
  if (e.code === 'BAD_SCALAR_START') {
    const c = e.message.match(/character (.)/)?.[1] ?? text.trim()[0];
    return here(`A value cannot start with ${quoteUserText(c)} unless it is quoted.`, `Put the whole value in double quotes: ${fixQuoted(text)}.`);
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /["']\s+\S/.test(text)) {
    return here('Text follows the closing quote of this value.', 'Put the whole value inside the quotes, or remove what follows the closing quote.');
  }
  if (/sequence items must start at the same column|Sequence item without - indicator/.test(e.message) || e.code === 'BAD_INDENT' || e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const key = text.match(KEY_LINE);
    // A value with ": " inside: the parser takes the second colon for a nested field.
    if (key && e.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(text.slice(key[0].length)) && !/^\s*["'[{]/.test(text.slice(key[0].length))) {
      return here(
        `The value of ${quoteUserText(key[3].trim())} contains ": ", which YAML reads as the start of another field.`,
        `Put the whole value in double quotes: ${fixQuoted(text)}.`,
        key[0].length + 1,
      );
    }
    if (!key && /^\s*[A-Za-z_][\w-]*:\S/.test(text)) {
      const name = text.trim().split(':')[0];
      return here(`${quoteUserText(`${name}:`)} needs a space after the colon.`, `Write ${code(text.trim().replace(':', ': '))}.`, text.search(/\S/) + 1);
    }
    if (!key && /^\s*[A-Za-z_][\w-]*\s+\S/.test(text) && !text.includes(':')) {
      const name = text.trim().split(/\s+/)[0];
      return here(`This line has no colon: ${quoteUserText(text.trim(), 60)} is not a "field: value" pair.`, `Write ${code(`${name}: ${text.trim().slice(name.length).trim()}`)}.`, text.search(/\S/) + 1);
    }
    const indent = misIndented(lines, pos.line);
    if (indent) return { line: indent.line, col: 1, message: indent.message, hint: indent.hint };
  }
  if (/multiple documents/.test(e.message)) {
    let n = pos.line;
    while (n > 1 && !/^(\.\.\.|---)\s*$/.test(lines[n - 1])) n--;
    return { line: n, col: 1, message: 'A line of "..." or "---" ends the YAML here; the lines after it would be a second document.', hint: 'Remove that line. The front matter ends only at the closing "---" of the file.' };
  }
  const said = e.message.split('\n')[0].replace(/\.$/, '');
  return here(`This line is not valid YAML (the YAML reader says: ${said}).`, 'Compare it with the lines around it: each is "field: value", list items start with "- " at one column, and values with ": " or "#" are in double quotes.');
}

/** The first line at or above `from` that is indented differently from the block it belongs to. */
function misIndented(lines: string[], from: number): { line: number; message: string; hint: string } | undefined {
  const indentOf = (l: string) => l.match(/^ */)![0].length;
  const meaningful = (l: string | undefined) => l !== undefined && l.trim() !== '' && !l.trim().startsWith('#');
  // The parser may stop on the line before the mis-indented one ("kind: news" followed by a
  // deeper "  archived: true" reads as a value continued), so the next line is looked at first.
  for (let n = Math.min(from + 1, lines.length); n >= Math.max(1, from - 2); n--) {
    const line = lines[n - 1];
    if (!meaningful(line)) continue;
    let prev = n - 1;
    while (prev >= 1 && !meaningful(lines[prev - 1])) prev--;
    if (prev < 1) continue;
    const above = lines[prev - 1];
    const mine = indentOf(line);
    const theirs = indentOf(above) + (/^\s*-\s+/.test(above) && !/^\s*-\s+/.test(line) ? above.match(/^\s*-\s+/)![0].length - indentOf(above) : 0);
    const opensBlock = /:\s*$/.test(above);
    if (mine > theirs && !opensBlock) {
      return {
        line: n,
        message: `This line is indented by ${spaces(mine)}, more than the line above (${spaces(theirs)}), which does not open a block.`,
        hint: theirs === 0 ? 'Remove its indentation, like the line above, if it is the next field.' : `Indent it by ${spaces(theirs)} like the line above, if it is the next field of the same block.`,
      };
    }
    if (mine < theirs && !Array.from({ length: prev }, (_, i) => lines[i]).some((l) => meaningful(l) && indentOf(l) === mine && !/^\s*-\s/.test(l) === !/^\s*-\s/.test(line))) {
      return {
        line: n,
        message: `This line is indented by ${spaces(mine)}, which matches no block above it.`,
        hint: `Indent it like the fields it belongs with (${spaces(theirs)} for the block just above).`,
      };
    }
  }
  return undefined;
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

function findOpeningQuote(lines: string[], errorLine: number, q: string): { line: number; col: number } {
  for (let n = Math.min(errorLine, lines.length); n >= 1; n--) {
    const l = lines[n - 1];
    const m = l.match(q === '"' ? /:\s+(")|^\s*-\s+(")/ : /:\s+(')|^\s*-\s+(')/);
    if (!m) continue;
    const start = l.indexOf(q, m.index);
    const rest = l.slice(start + 1);
    const closed = q === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closed) return { line: n, col: start + 1 };
  }
  return { line: errorLine, col: 1 };
}

/** `title: GPT-5.5: x` -> `title: "GPT-5.5: x"`, shown as the fix. */
function fixQuoted(line: string): string {
  const m = line.match(/^(\s*(?:-\s+)?[^\s:#'"][^:#]*?:\s+)(.*)$/);
  if (!m) return 'field: "…"';
  return code(`${m[1].trimStart()}${JSON.stringify(m[2].trim())}`);
}

/**
 * A line of the contributor's YAML shown as code: cut, and every control, invisible or bidi
 * character made visible as \uXXXX (as quoteUserText does), but without JSON's escaped quotes,
 * which would make the suggested fix wrong.
 */
function code(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return `\`${cut.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\``;
}
