/**
 * The archiving step of `npm run new -- source`: the article's text and metadata from its
 * address (fetched with src/node/fetch-page.ts) or from a saved page or text file (--file).
 * Extraction itself is pure (src/core/archive/); this module only reads and fetches.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { articleFromText, extractArticle, type ArchivedArticle } from '../core/archive/extract-article.ts';
import { DEFAULT_LIMITS, decode, fetchPage, type FetchLimits } from './fetch-page.ts';

export type Archived = { ok: true; article: ArchivedArticle; fetchedUrl?: string } | { ok: false; error: string };

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md']);

export async function archiveFromUrl(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Archived> {
  const page = await fetchPage(url, limits);
  if (!page.ok) return page;
  const result = page.kind === 'html' ? extractArticle(page.text, page.url) : articleFromText(page.text);
  if (!result.ok) return { ok: false, error: `${page.url}: ${result.reason} Save the article's text and use --file.` };
  return { ok: true, article: result.article, fetchedUrl: page.url };
}

/** `pageUrl` is the address the saved page came from, if known: relative canonical links resolve against it. */
export function archiveFromFile(path: string, pageUrl?: string, maxBytes = DEFAULT_LIMITS.maxBytes): Archived {
  const ext = extname(path).toLowerCase();
  if (!HTML_EXT.has(ext) && !TEXT_EXT.has(ext)) return { ok: false, error: `--file takes a saved page (.html, .htm) or the article's text (.txt, .md), not ${JSON.stringify(ext || path)}.` };
  let text: string;
  try {
    if (statSync(path).size > maxBytes) return { ok: false, error: `${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB, more than any article.` };
    // A saved page keeps its own encoding; its <meta charset> says which (UTF-8 when it says none).
    const bytes = readFileSync(path);
    text = decode(bytes, '', HTML_EXT.has(ext) ? 'html' : 'text');
  } catch (e) {
    return { ok: false, error: `Could not read --file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.` };
  }
  const result = HTML_EXT.has(ext) ? extractArticle(text, pageUrl) : articleFromText(text);
  if (!result.ok) return { ok: false, error: `${path}: ${result.reason}` };
  return { ok: true, article: result.article };
}
