/**
 * HTML page -> archived article: the text of the article (Mozilla Readability, the
 * extractor behind Firefox Reader View, over a linkedom DOM) and the metadata the page
 * states. Takes a string and returns data: no network, no files, and no script on the page
 * ever runs (linkedom builds a DOM without executing anything; Readability only reads it).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { joinParagraphs, paragraphsOf, paragraphsOfText } from './article-text.ts';
import { datePart, pageMetadataSchema, readPageMetadata } from './page-metadata.ts';

export const archivedArticleSchema = z
  .object({
    body: z.string().describe('The article text, paragraphs separated by a blank line, ending in a newline.'),
    paragraphs: z.array(z.string()).describe('The same text, one entry per paragraph.'),
    meta: pageMetadataSchema,
  })
  .describe('An article taken from a page, ready to be written as sources/<id>.md.');

export type ArchivedArticle = z.infer<typeof archivedArticleSchema>;

export type ExtractResult = { ok: true; article: ArchivedArticle } | { ok: false; reason: string };

/**
 * Advertising blocks by their conventional class or id names. Readability removes most page
 * furniture by itself, but keeps an ad placed between two paragraphs when its class is plain
 * "ad", "ad-inline" or "advertisement"; its own pattern only catches "-ad-".
 */
const AD_NAME = /^(ad|ads|advert|adverts|advertisement|advertising|ad-[a-z0-9-]+|ads-[a-z0-9-]+|sponsored|sponsor|promo|dfp-[a-z0-9-]+|gpt-ad[a-z0-9-]*)$/i;

/** Removes what is never article text before Readability scores the page. */
function dropNonArticle(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (names.some((n) => AD_NAME.test(n))) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('[hidden], template, noscript'))) el.remove();
}

/** Less text than this (two short sentences) is a menu or a stub, not an article to archive. */
const MIN_ARTICLE_CHARS = 100;

export function extractArticle(html: string, pageUrl?: string): ExtractResult {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const meta = readPageMetadata(document, pageUrl);
  dropNonArticle(document as unknown as Document);
  const parsed = new Readability<Node>(document as unknown as Document, { serializer: (n) => n, charThreshold: 200 }).parse();
  const root = parsed?.content as unknown as Parameters<typeof paragraphsOf>[0] | null | undefined;
  const paragraphs = root ? paragraphsOf(root) : [];
  // Readability returns its best guess even for a page of links; a few words are no article.
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'No article text was found on the page (it may be built by scripts, which are never run, or be a list of links).' };
  }
  const readable = {
    title: clean(parsed?.title),
    author: clean(parsed?.byline)?.replace(/^by\s+/i, ''),
    publisher: clean(parsed?.siteName),
    published: datePart(parsed?.publishedTime ?? undefined),
  };
  return {
    ok: true,
    article: {
      body: joinParagraphs(paragraphs),
      paragraphs,
      meta: {
        ...definedOnly(readable),
        ...meta,
      },
    },
  };
}

/**
 * A saved plain-text article: its text verbatim. The only metadata it can state is a headline:
 * a short first line that does not end like a sentence.
 */
export function articleFromText(text: string): ExtractResult {
  const paragraphs = paragraphsOfText(text);
  if (paragraphs.length === 0) return { ok: false, reason: 'The text is empty.' };
  const first = paragraphs[0];
  const headline = paragraphs.length > 1 && !first.includes('\n') && first.length <= 200 && !/[.!?:;,]$/.test(first) ? first.trim() : undefined;
  return { ok: true, article: { body: joinParagraphs(paragraphs), paragraphs, meta: headline ? { title: headline } : {} } };
}

function clean(v: string | null | undefined): string | undefined {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
