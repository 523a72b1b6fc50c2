/**
 * Markdown written by contributors (claim notes, source notes) is rendered as HTML,
 * so it is checked before it is ever rendered: no raw HTML, and every link, image and
 * reference definition points to an http(s) URL. We fail the check instead of letting
 * a sanitizer drop content silently.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Position } from '../model.ts';
import { isHttpUrl } from '../schema/fields.ts';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** Cheap pre-test: without these characters markdown can hold neither HTML nor links. */
const MAY_NEED_PARSE = /[<[]/;

/**
 * Notes are a few paragraphs (the longest in the corpus is under 600 characters). The
 * markdown parser is superlinear on some hostile inputs (50 kB of nested "> " took 11 s,
 * a 1 MB nested list two minutes), so longer notes are refused before parsing.
 */
export const MAX_MARKDOWN_CHARS = 20_000;

/** Where markdown line 1, column 1 sits in the file, and how far later lines are indented. */
export interface MarkdownOrigin {
  line: number;
  col: number;
  indent: number;
}

/**
 * The origin of markdown held in a YAML string whose value starts at `at`: one column
 * right of an opening quote, or the first content line of a `|`/`>` block. Escapes and
 * folded lines inside quoted strings can still shift columns; lines stay exact.
 */
export function yamlStringOrigin(text: string, at: Position | undefined): MarkdownOrigin {
  if (!at) return { line: 1, col: 1, indent: 0 };
  const lines = text.split('\n');
  const first = (lines[at.line - 1] ?? '').replace(/\r$/, '');
  const opener = first[at.col - 1];
  if (opener === '|' || opener === '>') {
    const next = lines[at.line] ?? '';
    const indent = /^ */.exec(next)![0].length;
    return { line: at.line + 1, col: indent + 1, indent };
  }
  return { line: at.line, col: opener === '"' || opener === "'" ? at.col + 1 : at.col, indent: 0 };
}

export function checkMarkdown(file: string, markdown: string, start: number | MarkdownOrigin, field = 'notes'): Diagnostic[] {
  const origin = typeof start === 'number' ? { line: start, col: 1, indent: 0 } : start;
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    return [
      diagnostic(file, { line: origin.line, col: origin.col }, 'markdown-too-long', `Markdown in ${field} is ${markdown.length} characters long; the limit is ${MAX_MARKDOWN_CHARS}.`, 'Keep notes to a few paragraphs; put long material in a source file.'),
    ];
  }
  if (!MAY_NEED_PARSE.test(markdown)) return [];
  const out: Diagnostic[] = [];
  const tree = fromMarkdown(markdown) as MdNode;
  const at = (n: MdNode) => {
    const line = n.position?.start.line ?? 1;
    const col = n.position?.start.column ?? 1;
    return { line: origin.line + line - 1, col: line === 1 ? origin.col + col - 1 : origin.indent + col };
  };
  const visit = (n: MdNode): void => {
    if (n.type === 'html') {
      out.push(
        diagnostic(file, at(n), 'markdown-raw-html', `Raw HTML in ${field} is not allowed: ${quoteUserText(n.value ?? '', 40)}.`, 'Use markdown instead (emphasis, links, lists); Crosscheck never renders HTML from contributions.'),
      );
    }
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && typeof n.url === 'string' && !isHttpUrl(n.url)) {
      out.push(
        diagnostic(file, at(n), 'markdown-url-scheme', `The ${n.type} URL ${quoteUserText(n.url, 60)} in ${field} is not an absolute http(s) URL.`, 'Link only to http:// or https:// addresses.'),
      );
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return out;
}
