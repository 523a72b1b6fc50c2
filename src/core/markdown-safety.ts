/**
 * Markdown written by contributors (claim notes, source notes) is rendered as HTML,
 * so it is checked before it is ever rendered: no raw HTML, and every link, image and
 * reference definition points to an http(s) URL. We fail the check instead of letting
 * a sanitizer drop content silently.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import { isHttpUrl } from './schema/fields.ts';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** Cheap pre-test: without these characters markdown can hold neither HTML nor links. */
const MAY_NEED_PARSE = /[<[]/;

export function checkMarkdown(file: string, markdown: string, firstLine: number, field = 'notes'): Diagnostic[] {
  if (!MAY_NEED_PARSE.test(markdown)) return [];
  const out: Diagnostic[] = [];
  const tree = fromMarkdown(markdown) as MdNode;
  const at = (n: MdNode) => ({ line: (n.position?.start.line ?? 1) + firstLine - 1, col: n.position?.start.column ?? 1 });
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
