/**
 * From the article element Readability keeps to the archived body: one paragraph per
 * block (paragraph, heading, list item, quotation, caption, table cell), its text as the
 * page shows it, with HTML's insignificant whitespace collapsed and entities already
 * decoded by the DOM. Paragraphs are separated by one blank line.
 */

/** Elements that start a new paragraph. Everything else (links, emphasis, spans) is inline. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never text of the article, even when Readability leaves them in. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** HTML's collapsible whitespace (not the no-break space, which the page means). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const p = run.replace(COLLAPSIBLE, ' ').trim();
    if (p) out.push(p);
    run = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      run += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'PRE') {
      flush();
      // Preformatted text keeps its line breaks and spacing; only its outer blank lines go.
      const text = (node.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
      if (text.trim()) out.push(text);
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

/**
 * A plain-text article: line endings normalised and trailing spaces dropped. Where the text
 * has blank lines they separate paragraphs (hard-wrapped lines stay as they are); a text
 * with none, like a copy from a browser, has one paragraph per line.
 */
export function paragraphsOfText(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
  const parts = /\S\n\n+\S/.test(lines) ? lines.split(/\n{2,}/) : lines.split('\n');
  return parts.map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p.trim() !== '');
}

/** The body of `sources/<id>.md`. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '';
}
