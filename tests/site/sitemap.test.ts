import { describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapPaths } from '../../src/site/sitemap.ts';

const corpus = {
  subjects: [{ id: 'sora' }, { id: 'gpt-5-5' }],
  claims: [{ id: 'gpt-5-5/release-date' }, { id: 'sora/discontinued' }],
  sources: [{ id: 'b-news' }, { id: 'a-news' }],
} as unknown as Parameters<typeof sitemapPaths>[0];

describe('sitemap', () => {
  it('lists the fixed pages, then every subject, claim and source page by id', () => {
    expect(sitemapPaths(corpus)).toEqual([
      '/', '/search/', '/conflicts/', '/claims/', '/sources/', '/subjects/', '/graph/',
      '/subjects/gpt-5-5/', '/subjects/sora/',
      '/claims/gpt-5-5/release-date/', '/claims/sora/discontinued/',
      '/sources/a-news/', '/sources/b-news/',
    ]);
  });

  it('writes absolute URLs in one urlset while they fit', () => {
    const files = sitemapFiles(['/', '/claims/a/b/'], 'https://facts.example.org/');
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml')!;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual(['<loc>https://facts.example.org/</loc>', '<loc>https://facts.example.org/claims/a/b/</loc>']);
  });

  it('splits into parts under an index past the limit, every URL once', () => {
    const pages = Array.from({ length: 7 }, (_, i) => `/p${i}/`);
    const files = sitemapFiles(pages, 'https://facts.example.org/', 3);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')!.match(/<loc>[^<]+<\/loc>/g)).toEqual([1, 2, 3].map((n) => `<loc>https://facts.example.org/sitemap-${n}.xml</loc>`));
    const locs = [1, 2, 3].flatMap((n) => files.get(`sitemap-${n}.xml`)!.match(/<loc>[^<]+<\/loc>/g) ?? []);
    expect(locs).toEqual(pages.map((p) => `<loc>https://facts.example.org${p}</loc>`));
  });

  it('escapes what XML would misread', () => {
    expect(sitemapFiles(["/a&b'/"], 'https://x.org/').get('sitemap.xml')).toContain('<loc>https://x.org/a&amp;b&apos;/</loc>');
  });
});
