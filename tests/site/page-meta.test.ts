import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageMeta } from '../../src/site/page-meta.ts';

const image = { path: '/og/claims/gpt-5-5/release-date.png', alt: 'GPT-5.5 release date: April 23 vs April 24', width: 1200, height: 630 };
const content = (meta: ReturnType<typeof pageMeta>, key: string) => meta.tags.find((t) => t.key === key)?.content;

describe('pageMeta', () => {
  it('gives a canonical URL, og:url and an absolute large image with the site address', () => {
    const meta = pageMeta({ path: '/claims/gpt-5-5/release-date/', site: 'https://facts.example.org/', title: 'GPT-5.5 · Release date', description: 'd', type: 'article', image });
    expect(meta.canonical).toBe('https://facts.example.org/claims/gpt-5-5/release-date/');
    expect(content(meta, 'og:url')).toBe(meta.canonical);
    expect(content(meta, 'og:type')).toBe('article');
    expect(content(meta, 'og:image')).toBe('https://facts.example.org/og/claims/gpt-5-5/release-date.png');
    expect(content(meta, 'og:image:width')).toBe('1200');
    expect(content(meta, 'twitter:card')).toBe('summary_large_image');
    expect(content(meta, 'twitter:image:alt')).toBe(image.alt);
    expect(meta.tags.find((t) => t.key === 'twitter:card')?.attr).toBe('name');
    expect(meta.tags.find((t) => t.key === 'og:title')?.attr).toBe('property');
  });

  it('has no canonical link, URL or image without a site address, only titles and descriptions', () => {
    const meta = pageMeta({ path: '/claims/x/y/', site: undefined, title: 't', description: 'd', image });
    expect(meta.canonical).toBeUndefined();
    expect(meta.tags.map((t) => t.key)).toEqual(['og:site_name', 'og:type', 'og:title', 'og:description', 'twitter:card', 'twitter:title', 'twitter:description']);
    expect(content(meta, 'twitter:card')).toBe('summary');
  });

  it('leaves the canonical link out when the page asks to', () => {
    const meta = pageMeta({ path: '/404/', site: 'https://facts.example.org/', title: 't', description: 'd', canonical: false });
    expect(meta.canonical).toBeUndefined();
    expect(content(meta, 'og:url')).toBeUndefined();
  });

  it('resolves encoded paths against the site address', () => {
    expect(absoluteUrl('/sources/a%20b/', new URL('https://facts.example.org/'))).toBe('https://facts.example.org/sources/a%20b/');
    expect(absoluteUrl('/x/', undefined)).toBeUndefined();
  });
});
