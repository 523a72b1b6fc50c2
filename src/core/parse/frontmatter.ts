/**
 * Splits a markdown file into its YAML front matter and body.
 *
 * We do not use gray-matter here: it evaluates `---js` front matter (CVE-2022-25863)
 * and gives no positions. This splitter accepts exactly one language, YAML, opened by
 * a line that is `---` and nothing else, and refuses every other opener by name.
 */
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';

export interface FrontMatter {
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(file: string, text: string): { ok: true; value: FrontMatter } | { ok: false; error: Diagnostic } {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const firstBreak = src.indexOf('\n');
  const firstLine = (firstBreak === -1 ? src : src.slice(0, firstBreak)).replace(/\r$/, '');

  if (!FENCE.test(firstLine)) {
    if (/^(---|\+\+\+|;;;|\{)/.test(firstLine)) {
      const lang = firstLine.replace(/^(---|\+\+\+|;;;)/, '').trim() || firstLine.slice(0, 3);
      return {
        ok: false,
        error: diagnostic(
          file,
          { line: 1, col: 1 },
          'frontmatter-language',
          `Front matter must be YAML opened by a line of exactly "---"; this file opens with ${quoteUserText(firstLine, 40)} (${quoteUserText(lang, 20)}).`,
          'Crosscheck never evaluates front matter in other languages (JavaScript, TOML, JSON). Rewrite it as YAML between two "---" lines.',
        ),
      };
    }
    return {
      ok: false,
      error: diagnostic(
        file,
        { line: 1, col: 1 },
        'frontmatter-missing',
        'The file has no front matter: its first line must be "---".',
        'Start the file with a YAML block between two "---" lines (see README, "Data model").',
      ),
    };
  }

  const lines = src.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i].replace(/\r$/, ''))) {
      return {
        ok: true,
        value: {
          // CRLF files: a "\r" left on the last YAML line would end up inside its scalar
          // ("true\r" is not a boolean), so each line loses it; columns are unchanged.
          yaml: lines
            .slice(1, i)
            .map((l) => l.replace(/\r$/, ''))
            .join('\n'),
          yamlLine: 2,
          body: lines.slice(i + 1).join('\n'),
          bodyLine: i + 2,
        },
      };
    }
  }
  return {
    ok: false,
    error: diagnostic(
      file,
      { line: 1, col: 1 },
      'frontmatter-unterminated',
      'The front matter opened on line 1 is never closed.',
      'Add a line of exactly "---" after the last YAML line.',
    ),
  };
}

/** A field line: one word (or quoted text) then ":" and a space or the line's end. */
const FIELD_SHAPE = /^(-\s+)?(["'][^"']*["']|[^\s:#"'][^\s:]*)\s*:(\s|$)/;

/**
 * A line no contributor writes in front matter: at the left edge, several words, and neither
 * a field, a list item, a comment nor a value's start. Indented lines may continue a value.
 */
function readsLikeProse(line: string): boolean {
  if (/^\s/.test(line)) return false;
  const t = line.trim();
  // Markdown that YAML cannot take for its own: bold text, a quotation, an image or a link.
  if (/^(\*\*\S|> \S|!\[|\[[^\]]+\]\()/.test(t)) return true;
  // A markdown list item of several words; a YAML list item is one id or one "field: value".
  const item = t.match(/^[-*] +(.*)$/);
  const words = item ? item[1] : t;
  if (words === '' || /^[-#[{"'|>&*!%@`]/.test(words) || FIELD_SHAPE.test(words) || /^\S*:/.test(words)) return false;
  return words.split(/\s+/).length >= 3;
}

/**
 * When the closing "---" is missing and the article has a "---" rule of its own, the splitter
 * takes that rule as the close and the article's first paragraph reaches the YAML reader,
 * which fails on it with a message about YAML. The mistake is the missing line: say so, at the
 * last line that still looks like front matter, instead of listing what the reader made of prose.
 */
export function explainMissingClose(file: string, fm: FrontMatter, errors: Diagnostic[]): Diagnostic[] {
  const lines = fm.yaml.split('\n');
  const prose = lines.findIndex(readsLikeProse);
  if (prose < 0) return errors;
  let last = prose - 1;
  while (last >= 0 && (lines[last].trim() === '' || lines[last].trim().startsWith('#'))) last--;
  // Front matter that is all prose is not a mapping, and the check says so.
  if (last < 0) return errors;
  const lastLine = last + fm.yamlLine;
  // Article text can also read as an alias ("**bold**") or a tag ("!Important").
  if (!errors.some((d) => /^yaml-(syntax|alias|tag)$/.test(d.rule) && d.line > lastLine)) return errors;
  const proseLine = prose + fm.yamlLine;
  const fence = fm.bodyLine - 1;
  return [
    ...errors.filter((d) => d.line <= lastLine),
    diagnostic(
      file,
      { line: lastLine, col: 1 },
      'frontmatter-unterminated',
      `The front matter's closing "---" seems to be missing after line ${lastLine}: line ${proseLine} reads like article text, not YAML, so the "---" on line ${fence} was taken as the end of the front matter.`,
      `Add a line of exactly "---" after line ${lastLine}, where the front matter ends.`,
    ),
  ];
}
