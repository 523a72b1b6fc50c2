/**
 * Contributors' markdown (claim notes, verdict notes, source notes) to HTML. The check
 * already refuses raw HTML and non-http(s) links; this render enforces both again, because
 * it is the one place the site emits HTML from data:
 *  - remark-rehype runs WITHOUT allowDangerousHtml, so raw HTML nodes are dropped;
 *  - links whose URL is not absolute http(s) are unwrapped to their text;
 *  - images become links to the image, labelled by their alt text (the CSP loads no
 *    third-party images, and dropping them would lose what the contributor wrote);
 *  - reference links are resolved against their definitions, then guarded like links;
 *  - external links get rel="nofollow noopener noreferrer"; headings start at h3.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { safeHttpUrl } from './urls.ts';

interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  value?: string;
  tagName?: string;
  depth?: number;
  properties?: Record<string, unknown>;
  children?: Node[];
}

type Definitions = Map<string, string>;

function collectDefinitions(node: Node, into: Definitions = new Map()): Definitions {
  if (node.type === 'definition' && node.url !== undefined) {
    const id = (node as Node & { identifier?: string }).identifier;
    if (id && !into.has(id)) into.set(id, node.url);
  }
  node.children?.forEach((c) => collectDefinitions(c, into));
  return into;
}

/** Rewrites the markdown tree in place: unsafe links unwrapped, images to links, references resolved. */
function guardLinks(node: Node, defs: Definitions): void {
  if (!node.children) return;
  const next: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'html' || child.type === 'definition') continue;
    if (child.type === 'image' || child.type === 'imageReference') {
      const url = child.type === 'image' ? child.url : defs.get((child as Node & { identifier?: string }).identifier ?? '');
      const safe = safeHttpUrl(url);
      const label: Node = { type: 'text', value: child.alt || 'image' };
      next.push(safe ? { type: 'link', url: safe, children: [label] } : label);
      continue;
    }
    if (child.type === 'link') {
      const safe = safeHttpUrl(child.url);
      guardLinks(child, defs);
      if (safe) next.push({ ...child, url: safe });
      else next.push(...(child.children ?? []));
      continue;
    }
    if (child.type === 'linkReference') {
      const safe = safeHttpUrl(defs.get((child as Node & { identifier?: string }).identifier ?? ''));
      guardLinks(child, defs);
      if (safe) next.push({ type: 'link', url: safe, children: child.children ?? [] });
      else next.push(...(child.children ?? []));
      continue;
    }
    // Notes sit under the page's own h2 sections: their headings start at h3.
    if (child.type === 'heading') child.depth = Math.min(6, (child.depth ?? 1) + 2);
    guardLinks(child, defs);
    next.push(child);
  }
  node.children = next;
}

/**
 * Ids an editor wrote in a note, shown by name: a source id ("ground-up-rebuild writes …") as the
 * source's short name linking to its page, a claim id ("gpt-5-5/operating-cost-increase") as the
 * claim's name linking to its page, a family id in a code span as the family's name.
 * `names` maps every source id to its short name.
 */
export interface SourceLinks {
  names: ReadonlyMap<string, string>;
  href: (id: string) => string;
  /** A claim by id: its name and page, or undefined for an unknown id. */
  claim?: (id: string) => { name: string; href: string } | undefined;
  /** A source family by id: its name, or undefined for an unknown id. */
  family?: (id: string) => string | undefined;
}

const ID_TOKEN = /(?<![\p{L}\p{N}/.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\p{L}\p{N}/-]|\.[\p{L}\p{N}])/gu;
/** A source id (hyphenated) or a claim id (subject/property, qualifiers after "--"). */
const LINK_TOKEN = /(?<![\p{L}\p{N}/.-])(?:[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:--?[a-z0-9]+)*|[a-z0-9]+(?:-[a-z0-9]+)+)(?![\p{L}\p{N}/-]|\.[\p{L}\p{N}])/gu;

/** The source ids a note names, each once, in order of first mention. */
export function sourceIdsIn(text: string, names: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ID_TOKEN)) if (names.has(m[0])) out.add(m[0]);
  return [...out];
}

type Segment = { text: string } | { name: string; href: string };

function lookup(token: string, links: SourceLinks): { name: string; href: string } | undefined {
  if (token.includes('/')) return links.claim?.(token);
  const name = links.names.get(token);
  return name === undefined ? undefined : { name, href: links.href(token) };
}

/**
 * Text split around the ids it names, each id a link by name. Two repairs keep the sentence
 * whole: "the efficiency-play article" loses its "the" when the name brings its own ("The
 * Efficiency Play…"), and "the Daily Neural Digest piece (neural-digest-silent-intelligence)"
 * links the name already written instead of repeating it in parentheses.
 */
export function linkSegments(text: string, links: SourceLinks): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK_TOKEN)) {
    const hit = lookup(m[0], links);
    if (!hit) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let before = text.slice(last, at);
    if (before.endsWith(' (') && text[end] === ')') {
      const head = before.slice(0, -2);
      const k = head.lastIndexOf(hit.name);
      // The name earlier in the same sentence: link it there and drop the parenthesis.
      if (k >= 0 && !/[.!?]\s/.test(head.slice(k))) {
        out.push({ text: head.slice(0, k) }, hit, { text: head.slice(k + hit.name.length) });
        last = end + 1;
        continue;
      }
    }
    if (/^The\s/.test(hit.name)) before = before.replace(/(^|\s)[Tt]he $/, '$1');
    out.push({ text: before }, hit);
    last = end;
  }
  out.push({ text: text.slice(last) });
  return out.filter((s) => !('text' in s) || s.text !== '');
}

/** Splits the text nodes of a markdown tree around ids, outside links and code; family ids in code spans become names. */
function linkSourceIds(node: Node, links: SourceLinks): void {
  if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
  const next: Node[] = [];
  for (const child of node.children) {
    // A family id in a code span ("Family `daily-neural-digest`") is only ever an id: its name.
    // Other code spans stay code, as the editor wrote them.
    const family = child.type === 'inlineCode' && child.value ? links.family?.(child.value) : undefined;
    if (family !== undefined) {
      next.push({ type: 'text', value: family });
      continue;
    }
    if (child.type !== 'text' || !child.value) {
      linkSourceIds(child, links);
      next.push(child);
      continue;
    }
    for (const seg of linkSegments(child.value, links)) {
      next.push('text' in seg ? { type: 'text', value: seg.text } : { type: 'link', url: seg.href, children: [{ type: 'text', value: seg.name }] });
    }
  }
  node.children = next.filter((n) => n.type !== 'text' || n.value !== '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function relOnLinks(node: Node): void {
  // Links to the site's own pages (source ids turned into links) are not external.
  if (node.type === 'element' && node.tagName === 'a' && !String(node.properties?.href ?? '').startsWith('/')) {
    node.properties = { ...node.properties, rel: ['nofollow', 'noopener', 'noreferrer'] };
  }
  node.children?.forEach(relOnLinks);
}

const pipeline = (links?: SourceLinks) =>
  unified()
    .use(remarkParse)
    .use(() => (tree) => {
      guardLinks(tree as unknown as Node, collectDefinitions(tree as unknown as Node));
      // After the guard, which unwraps every link that is not http(s): these are the site's own.
      if (links) linkSourceIds(tree as unknown as Node, links);
    })
    .use(remarkRehype)
    .use(() => (tree) => relOnLinks(tree as unknown as Node))
    .use(rehypeStringify);
const processor = pipeline();

/**
 * Paragraphs of plain prose: no character that can open markdown or HTML syntax anywhere
 * (`\ ` * _ [ ] < > & # ~ |`, tabs), no line that could open a block (a space, a list or
 * ordered-list marker, `=` or `-` as in a setext underline), no trailing space (a hard break).
 */
const PROSE = String.raw`\p{L}\p{N},.;:?!'"()%$/+=@’‘“”—–…-`;
const PLAIN_LINE = new RegExp(String.raw`^(?![-+=])(?!\d{1,9}[.)](?: |$))[${PROSE}](?:[ ${PROSE}]*[${PROSE}])?$`, 'u');

/** The paragraphs of `markdown` if it is plain prose, else undefined. */
function plainParagraphs(markdown: string): string[] | undefined {
  // Only line breaks are trimmed: a leading space or tab would start an indented code block.
  const paragraphs = markdown.replace(/^\n+|\n+$/g, '').split(/\n{2,}/);
  for (const p of paragraphs) for (const line of p.split('\n')) if (!PLAIN_LINE.test(line)) return undefined;
  return paragraphs;
}

export function renderMarkdown(markdown: string, links?: SourceLinks): string {
  if (!markdown.trim()) return '';
  // Most notes are plain paragraphs: the same HTML without a parse (thousands of pages per build).
  const plain = plainParagraphs(markdown);
  if (plain) return plain.map((p) => `<p>${links ? linkIdsInPlain(p, links) : p}</p>`).join('\n');
  return renderMarkdownFully(markdown, links);
}

/** A plain paragraph (no markup characters, see PROSE) with its ids as links. */
function linkIdsInPlain(p: string, links: SourceLinks): string {
  return linkSegments(p, links)
    .map((seg) => ('text' in seg ? seg.text : `<a href="${escapeHtml(seg.href)}">${escapeHtml(seg.name)}</a>`))
    .join('');
}

/** Always through the guarded pipeline. */
export function renderMarkdownFully(markdown: string, links?: SourceLinks): string {
  return String((links ? pipeline(links) : processor).processSync(markdown));
}

/** The words of a markdown text without its syntax, for search and summaries. */
export function markdownToText(markdown: string): string {
  if (!markdown.trim()) return '';
  if (plainParagraphs(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  return markdownToTextFully(markdown);
}

/** Always through the markdown parser. */
export function markdownToTextFully(markdown: string): string {
  const parts: string[] = [];
  const visit = (n: Node): void => {
    if (n.type === 'html') return;
    if ((n.type === 'text' || n.type === 'inlineCode' || n.type === 'code') && n.value) parts.push(n.value);
    if (n.type === 'image' && n.alt) parts.push(n.alt);
    n.children?.forEach(visit);
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem') parts.push(' ');
  };
  visit(fromMarkdown(markdown) as unknown as Node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
