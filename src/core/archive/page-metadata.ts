/**
 * What a page states about itself, read from its markup only: Open Graph and article
 * `<meta>` tags, schema.org JSON-LD (NewsArticle, BlogPosting, …) and `<link rel=canonical>`.
 * JSON-LD is parsed as data with JSON.parse; nothing on the page is ever executed.
 */
import { z } from 'zod';

export const pageMetadataSchema = z
  .object({
    title: z.string().optional().describe('The headline (JSON-LD headline, og:title).'),
    publisher: z.string().optional().describe('JSON-LD publisher name, or og:site_name.'),
    author: z.string().optional().describe('JSON-LD author names, or the author meta tags, joined with ", ".'),
    published: z.string().optional().describe('The publication date the page states, YYYY-MM-DD as written (no time-zone shift).'),
    canonicalUrl: z.string().optional().describe('<link rel=canonical> or og:url, absolute http(s).'),
  })
  .describe('Metadata a page states about its article.');

export type PageMetadata = z.infer<typeof pageMetadataSchema>;

interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|Report|WebPage|LiveBlogPosting)$/;

export function readPageMetadata(document: MetaDocument, pageUrl?: string): PageMetadata {
  const meta = (key: string): string | undefined => {
    for (const el of Array.from(document.querySelectorAll('meta'))) {
      const name = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
      if (name?.toLowerCase() === key) {
        const v = clean(el.getAttribute('content'));
        if (v) return v;
      }
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const canonicalHref = Array.from(document.querySelectorAll('link'))
    .find((el) => (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    ?.getAttribute('href');
  const metaAuthor = meta('author') ?? meta('article:author') ?? meta('parsely-author') ?? meta('sailthru.author');
  const out: PageMetadata = {
    title: clean(str(ld?.headline)) ?? meta('og:title') ?? meta('twitter:title'),
    publisher: nameOf(ld?.publisher) ?? meta('og:site_name') ?? meta('application-name'),
    // article:author is often a profile URL rather than a name; a URL is no author's name.
    author: namesOf(ld?.author) ?? (metaAuthor && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : undefined),
    published: datePart(str(ld?.datePublished)) ?? datePart(meta('article:published_time')) ?? datePart(meta('datepublished')) ?? datePart(meta('date')),
    canonicalUrl: absoluteHttp(canonicalHref ?? undefined, pageUrl) ?? absoluteHttp(meta('og:url'), pageUrl),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as PageMetadata;
}

type Json = Record<string, unknown>;

/** The first article-like object in the page's JSON-LD blocks, including inside `@graph` lists. */
function jsonLdArticle(document: MetaDocument): Json | undefined {
  for (const el of Array.from(document.querySelectorAll('script'))) {
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue; // A broken block on the page is not the contributor's problem; other sources remain.
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Json | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const o = data as Json;
  const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  if (types.some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished || o.author)) return o;
  return findArticle(o['@graph'], depth + 1);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function clean(v: string | null | undefined): string | undefined {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return clean(str((v as Json).name));
  return undefined;
}

function namesOf(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map(nameOf).filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return list.length ? [...new Set(list)].join(', ') : undefined;
}

/** "2026-04-24T09:30:00-07:00" -> "2026-04-24": the date as the page wrote it, never shifted to another zone. */
export function datePart(v: string | undefined): string | undefined {
  const m = v?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d));
  return date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d ? `${y}-${mo}-${d}` : undefined;
}

function absoluteHttp(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
