/**
 * The YAML reader's own messages ("Implicit map keys need to be followed by map values") for
 * the mistakes yaml-errors.ts has no closer look at, in a contributor's words with a fix.
 * The wording came from mutating real claims and sources one character or one indentation at
 * a time and collecting every message that still reached the check's output.
 */
import type { YAMLError } from 'yaml';
import { quoteUserText } from '../diagnostics.ts';

export interface Said {
  message: string;
  hint: string;
  /** Column to point at, when not the reader's. */
  col?: number;
  /**
   * Structural messages the reader also gives for lines it misread after an earlier mistake:
   * shown only when nothing above them was reported already.
   */
  weak?: boolean;
}

/** A line's content after its indentation and any "- ". */
const content = (text: string) => text.replace(/^\s*(-\s+)?/, '');

export function translateLibraryMessage(e: YAMLError, text: string): Said | undefined {
  const m = e.message.split('\n')[0];
  const escape = m.match(/^Invalid escape sequence (\\.?)/);
  if (escape) {
    const col = text.indexOf(escape[1]) + 1;
    return {
      message: `${code(escape[1])} is not a valid escape inside double quotes: YAML reads a backslash in "…" as the start of one.`,
      hint: `Write the backslash twice (${code(`\\${escape[1]}`)}) if it is part of the text, or put the value in single quotes.`,
      col: col > 0 ? col : undefined,
    };
  }
  const text1 = content(text).match(/^[|>](?=[A-Za-z_])/);
  if (text1) {
    return { message: `A field name cannot start with ${quoteUserText(text1[0])}: YAML reads "|" and ">" as the start of a multi-line text.`, hint: `Remove the ${quoteUserText(text1[0])}.` };
  }
  // "&", "*" or "!" where a field or value starts: whatever the reader says, this is the cause.
  const special = content(text).match(/^[&*!%]/) ?? text.match(/^[^"']*?[:[{,]\s*([&*!])/);
  if (special) {
    const c = special[1] ?? special[0];
    return {
      message: `${quoteUserText(c)} at the start of a field or value is YAML syntax (an anchor, alias, tag or directive), not text.`,
      hint: /:\s/.test(text) ? `Remove it, or put the whole value in double quotes: ${fixQuoted(text)}.` : `Remove the ${quoteUserText(c)}.`,
    };
  }
  if (/^Unexpected block-seq-ind on same line with key/.test(m)) {
    return { message: 'A list item ("- ") cannot start on the same line as its field.', hint: 'Write the value alone after the colon, or put the list on the following lines, each item indented under the field.' };
  }
  const quoted = text.match(/^\s*(?:-\s+)?[^\s:#'"][^:#]*?:\s+(["'])/);
  if (quoted && /^Unexpected [\w-]+ at node end/.test(m)) {
    const q = quoted[1];
    return {
      message: `The quoted value ends at its second ${q}, so the rest of the line is left over.`,
      hint: q === '"' ? 'Write each " inside the value as \\" (or quote the whole value with \' instead).' : "Write each ' inside the value as '' (two single quotes).",
    };
  }
  if (/^Unexpected [\w-]+ at node end/.test(m)) {
    return { message: 'Something follows the end of this value on the same line.', hint: 'Remove what follows the value\'s closing quote or bracket, or put the whole value in double quotes (a " inside it written \\").' };
  }
  if (/^Unexpected , in flow|^Unexpected empty item in flow/.test(m)) {
    return { message: 'This "[…]" or "{…}" has an empty item: two commas in a row, or a comma first.', hint: 'Separate the items with single commas, e.g. `topics: [benchmarks, coding]`.' };
  }
  if (/^Missing ,( or :)? between flow/.test(m)) {
    return { message: 'Two items inside this "[…]" or "{…}" have no comma between them.', hint: 'Separate the items with commas, e.g. `topics: [benchmarks, coding]`; quote an item that contains a space.' };
  }
  if (/^Implicit keys of flow sequence pairs|^Block collections are not allowed within flow/.test(m)) {
    return { message: 'Items inside "[…]" take no "- " and fit on one line.', hint: 'Write the items separated by commas, e.g. `topics: [benchmarks, coding]`.' };
  }
  if (/^Nested mappings are not allowed in compact mappings/.test(m)) {
    const hint = quoted ? `Remove the ":" after the closing ${quoted[1]}, or move it inside the quotes.` : `Remove the extra ":", or put the whole value in double quotes: ${fixQuoted(text)}.`;
    return { message: 'A second ":" on this line makes YAML read another field inside this one.', hint };
  }
  if (/^A block sequence may not be used as an implicit map key/.test(m)) {
    return { message: 'A list item ("- ") sits here where YAML expects a field, so it belongs to no list.', hint: 'Put the item under its field (e.g. "reports:"), indented like the other items of that list.', weak: true };
  }
  if (/^All mapping items must start at the same column/.test(m)) {
    return { message: 'This field does not line up with the other fields of its block.', hint: 'Indent it by the same number of spaces as the fields above it in the same block.', weak: true };
  }
  if (/^All sequence items must start at the same column|^Sequence item without - indicator/.test(m)) {
    return { message: 'This list item does not line up with the other items of its list.', hint: 'Start every "- " of one list at the same column.', weak: true };
  }
  if (/^Implicit map keys need to be followed by map values/.test(m)) {
    return { message: 'YAML reads this line as a field name, but no ": " and value follow it.', hint: 'Write it as "field: value"; if it continues the value above, put that whole value in double quotes on one line.', weak: true };
  }
  if (/^Implicit keys need to be on a single line/.test(m)) {
    return { message: 'YAML cannot read this line as "field: value": it takes it as a field name running on from the line above.', hint: 'Check the line above for a missing colon or quote; each field is "field: value" on its own line.', weak: true };
  }
  if (/in YAML stream|^Unexpected [\w-]+ token/.test(m)) {
    return { message: 'YAML stopped reading the front matter before this line, so this line is not part of it.', hint: 'Fix the first problem listed above it; if there is none, check that this line is indented like the fields it belongs with.', weak: true };
  }
  if (/directives-end|doc-start indicator/.test(m)) {
    return { message: 'A line starting with "%" is a YAML directive, which front matter cannot use.', hint: 'Remove that line, or put its value in double quotes.' };
  }
  return undefined;
}

/** `title: GPT-5.5: x` -> `title: "GPT-5.5: x"`, shown as the fix. */
export function fixQuoted(line: string): string {
  const m = line.match(/^(\s*(?:-\s+)?[^\s:#'"][^:#]*?:\s+)(.*)$/);
  if (!m) return 'field: "…"';
  return code(`${m[1].trimStart()}${JSON.stringify(m[2].trim())}`);
}

/**
 * A line of the contributor's YAML shown as code: cut, and every control, invisible or bidi
 * character made visible as \uXXXX (as quoteUserText does), but without JSON's escaped quotes,
 * which would make the suggested fix wrong.
 */
export function code(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return `\`${cut.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\``;
}
