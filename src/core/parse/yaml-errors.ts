/**
 * YAML syntax errors in a contributor's words. The `yaml` package reports what its parser
 * hit ("Implicit keys need to be on a single line"); this module looks at the line where it
 * happened and says what is wrong there and how to fix that case: a mis-indented line, a
 * tab, a colon inside a value, a quote never closed, a list never closed, a "#" glued to a
 * value. One report per line: one mistake often trips the parser twice. Indentation and tabs
 * are judged from the whole text (yaml-indent.ts), because the parser often stops a line or
 * more away from the line to fix; its other messages are put in plain words by yaml-messages.ts.
 */
import type { YAMLError } from 'yaml';
import { quoteUserText } from '../diagnostics.ts';
import { indentProblems, tabProblems, type IndentProblem } from './yaml-indent.ts';
import { code, fixQuoted, translateLibraryMessage } from './yaml-messages.ts';

export interface YamlProblem {
  /** 1-based line and column inside the YAML text. */
  line: number;
  col: number;
  message: string;
  hint: string;
}

/** A report the reader also gives for lines it misread after an earlier mistake. */
type Explained = YamlProblem & { weak?: boolean };

/**
 * `linePos` is the parser's own offset-to-position map (1-based); `firstLine` is the file line
 * of the YAML's first line, for the line numbers hints name.
 */
export function explainYamlErrors(text: string, errors: readonly YAMLError[], linePos: (offset: number) => { line: number; col: number }, firstLine = 1): YamlProblem[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: YamlProblem[] = [];
  const seenLines = new Set<number>();
  const add = (p: YamlProblem) => {
    if (seenLines.has(p.line)) return false;
    seenLines.add(p.line);
    out.push(p);
    return true;
  };
  const tabs = tabProblems(lines, firstLine);
  for (const t of tabs) add({ ...t, col: 1 });
  const afterTab = tabShadow(lines, tabs);
  const indents = indentProblems(lines, firstLine);
  for (const e of errors) {
    const pos = linePos(e.pos[0]);
    // After a tab the reader misjudges every line of the same block: those reports are not the contributor's mistakes.
    if (afterTab(pos.line)) continue;
    const p = explainOne(lines, e, pos, indents);
    // Below a reported mistake, a structural complaint is most likely its echo; fixing the first shows what remains.
    if (p.weak && out.some((o) => o.line < p.line)) continue;
    const { weak: _, ...problem } = p;
    if (!add(problem)) continue;
    // Nothing after an unclosed quote or list reads as intended; further reports would be noise.
    if (/never closed/.test(p.message)) break;
  }
  return out.sort((a, b) => a.line - b.line);
}

/** From the first tab line to the end of the top-level field it sits in. */
function tabShadow(lines: string[], tabs: readonly { line: number }[]): (line: number) => boolean {
  if (tabs.length === 0) return () => false;
  const first = tabs[0].line;
  let end = tabs[tabs.length - 1].line + 1;
  while (end <= lines.length && !/^[^\s#]/.test(lines[end - 1])) end++;
  return (line) => line >= first && line < end;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#'"][^:#]*?):(\s|$)/;

function explainOne(lines: string[], e: YAMLError, pos: { line: number; col: number }, indents: ReadonlyMap<number, IndentProblem>): Explained {
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
    return here('This line is indented with a tab; YAML indentation must be spaces.', 'Replace the tab with spaces, as many as the other lines of the same block use.', 1);
  }
  if (/Comments must be separated/.test(e.message)) {
    return here('A "#" right after a value, without a space before it, is neither part of the value nor a comment.', 'Put the whole value in double quotes if "#" belongs to it, or a space before "#" to start a comment.');
  }
  if (/Flow (sequence|map|mapping) .*end with/.test(e.message) || e.code === 'MISSING_CHAR' && /flow/i.test(e.message)) {
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
    // On a line whose brackets pair up, the reader was already lost: an echo of a mistake above.
    const open = c === ']' ? '[' : '{';
    const balanced = text.split(open).length >= text.split(c).length;
    return { ...here(`This "${c}" closes no ${c === ']' ? 'list' : 'mapping'}.`, `Remove it, or put the whole value in double quotes if "${c}" is part of the text.`), weak: balanced };
  }
  if (e.code === 'BAD_SCALAR_START') {
    const c = e.message.match(/character (.)/)?.[1] ?? text.trim()[0];
    return here(`A value cannot start with ${quoteUserText(c)} unless it is quoted.`, `Put the whole value in double quotes: ${fixQuoted(text)}.`);
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /["']\s+\S/.test(text)) {
    return here('Text follows the closing quote of this value.', 'Put the whole value inside the quotes, or remove what follows the closing quote.');
  }
  if (/sequence items must start at the same column|Sequence item without - indicator|Implicit map keys need/.test(e.message) || e.code === 'BAD_INDENT' || e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const key = text.match(KEY_LINE);
    // A value with ": " inside: the parser takes the second colon for a nested field.
    if (key && e.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(text.slice(key[0].length)) && !/^\s*["'[{]/.test(text.slice(key[0].length))) {
      return here(
        `The value of ${quoteUserText(key[3].trim())} contains ": ", which YAML reads as the start of another field.`,
        `Put the whole value in double quotes: ${fixQuoted(text)}.`,
        key[0].length + 1,
      );
    }
    // A list item's first field has the same shape after its "- ".
    const item = text.match(/^\s*(-\s+)?/)![0];
    const field = text.slice(item.length);
    if (!key && /^[A-Za-z_][\w-]*:\S/.test(field)) {
      const name = field.split(':')[0];
      return here(`${quoteUserText(`${name}:`)} needs a space after the colon.`, `Write ${code(`${item.trimStart()}${field.replace(':', ': ')}`)}.`, item.length + 1);
    }
    if (!key && /^[A-Za-z_][\w-]*\s+\S/.test(field) && !field.includes(':')) {
      const name = field.split(/\s+/)[0];
      return here(`This line has no colon: ${quoteUserText(field.trim(), 60)} is not a "field: value" pair.`, `Write ${code(`${item.trimStart()}${name}: ${field.trim().slice(name.length).trim()}`)}.`, item.length + 1);
    }
  }
  if (/multiple documents/.test(e.message)) {
    let n = pos.line;
    while (n > 1 && !/^(\.\.\.|---)\s*$/.test(lines[n - 1])) n--;
    return { line: n, col: 1, message: 'A line of "..." or "---" ends the YAML here; the lines after it would be a second document.', hint: 'Remove that line. The front matter ends only at the closing "---" of the file.' };
  }
  // The reader often stops a line late or early, or only at the second line of a block whose
  // first line was the one misplaced: the line to fix is the misplaced one nearest above.
  const near = [pos.line, pos.line + 1, ...Array.from({ length: 8 }, (_, i) => pos.line - 1 - i)];
  const indent = near.map((n) => indents.get(n)).find((p) => p !== undefined);
  if (indent) return { ...indent, col: 1 };
  const translated = translateLibraryMessage(e, text);
  if (translated) return { ...here(translated.message, translated.hint, translated.col), weak: translated.weak };
  // A message no contributor has met yet: shown as the reader gives it rather than lost.
  const said = e.message.split('\n')[0].replace(/\.$/, '');
  return { ...here(`This line is not valid YAML (the YAML reader says: ${said}).`, 'Compare it with the lines around it: each is "field: value", list items start with "- " at one column, and values with ": " or "#" are in double quotes.'), weak: true };
}

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
