/**
 * The sitemap: every page's absolute URL, written by the build when the site has an address
 * (src/build/integration.ts). Made from the corpus rather than from the pages Astro rendered,
 * because a rebuild leaves unchanged pages out of Astro's list (src/build/page-cache.ts).
 *
 * One `sitemap.xml` up to the protocol's 50,000 URLs; beyond that `sitemap.xml` is an index of
 * `sitemap-<n>.xml` files of 50,000 URLs each.
 */
import type { Corpus } from '../core/model.ts';
import { paths } from './urls.ts';
import { xmlText } from './xml.ts';

export const SITEMAP_LIMIT = 50_000;
export const SITEMAP_FILE = 'sitemap.xml';

/** Every page's path: the fixed pages, then subjects, claims and sources by id. */
export function sitemapPaths(corpus: Pick<Corpus, 'claims' | 'sources' | 'subjects'>): string[] {
  const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();
  return [
    paths.home,
    paths.search(),
    paths.conflicts,
    paths.claims,
    paths.sources,
    paths.subjects,
    paths.graph,
    ...ids(corpus.subjects).map(paths.subject),
    ...ids(corpus.claims).map(paths.claim),
    ...ids(corpus.sources).map(paths.source),
  ];
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(urls: readonly string[]): string {
  return `${HEAD}\n<urlset xmlns="${NS}">\n${urls.map((u) => `<url><loc>${xmlText(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

/** The sitemap's files by name, their URLs absolute against `site`. */
export function sitemapFiles(pagePaths: readonly string[], site: URL | string, limit = SITEMAP_LIMIT): Map<string, string> {
  const urls = pagePaths.map((p) => new URL(p, site).href);
  if (urls.length <= limit) return new Map([[SITEMAP_FILE, urlset(urls)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let n = 0; n * limit < urls.length; n++) {
    const name = `sitemap-${n + 1}.xml`;
    files.set(name, urlset(urls.slice(n * limit, (n + 1) * limit)));
    parts.push(new URL(name, site).href);
  }
  files.set(SITEMAP_FILE, `${HEAD}\n<sitemapindex xmlns="${NS}">\n${parts.map((u) => `<sitemap><loc>${xmlText(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`);
  return files;
}
