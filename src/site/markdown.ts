/**
 * Contributors' markdown (claim notes, verdict notes, source notes) to HTML. The check
 * already refuses raw HTML and non-http(s) links; this render enforces both again, because
 * it is the one place the site emits HTML from data:
 *  - remark-rehype runs WITHOUT allowDangerousHtml, so raw HTML nodes are dropped;
 *  - links whose URL is not absolute http(s) are unwrapped to their text;
 *  - images are replaced by their alt text (the CSP serves no third-party images anyway);
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

/** Rewrites the markdown tree in place: unsafe links unwrapped, images to text, definitions gone. */
function guardLinks(node: Node): void {
  if (!node.children) return;
  const next: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'html' || child.type === 'definition') continue;
    if (child.type === 'image' || child.type === 'imageReference') {
      if (child.alt) next.push({ type: 'text', value: child.alt });
      continue;
    }
    if (child.type === 'link') {
      const safe = safeHttpUrl(child.url);
      guardLinks(child);
      if (safe) next.push({ ...child, url: safe });
      else next.push(...(child.children ?? []));
      continue;
    }
    if (child.type === 'linkReference') {
      // Definitions are removed above, so a reference would dangle: keep its text only.
      guardLinks(child);
      next.push(...(child.children ?? []));
      continue;
    }
    // Notes sit under the page's own h2 sections: their headings start at h3.
    if (child.type === 'heading') child.depth = Math.min(6, (child.depth ?? 1) + 2);
    guardLinks(child);
    next.push(child);
  }
  node.children = next;
}

function relOnLinks(node: Node): void {
  if (node.type === 'element' && node.tagName === 'a') {
    node.properties = { ...node.properties, rel: ['nofollow', 'noopener', 'noreferrer'] };
  }
  node.children?.forEach(relOnLinks);
}

const processor = unified()
  .use(remarkParse)
  .use(() => (tree) => guardLinks(tree as unknown as Node))
  .use(remarkRehype)
  .use(() => (tree) => relOnLinks(tree as unknown as Node))
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return '';
  return String(processor.processSync(markdown));
}

/** The words of a markdown text without its syntax, for search and summaries. */
export function markdownToText(markdown: string): string {
  if (!markdown.trim()) return '';
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
