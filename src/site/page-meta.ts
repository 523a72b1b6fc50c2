/**
 * What a page says about itself to search engines and link previews: its canonical URL, Open
 * Graph and Twitter card tags. Absolute URLs need the site's address (CROSSCHECK_SITE, Astro's
 * `site`); without it a page has no canonical link and no image, since both must be absolute.
 */

export interface PageImage {
  /** Site path of the image file ("/og/claims/…png"). */
  path: string;
  alt: string;
  width: number;
  height: number;
}

export interface PageMetaInput {
  /** The page's pathname ("/claims/gpt-5-5/release-date/"). */
  path: string;
  /** The site's address, when known. */
  site: URL | string | undefined;
  title: string;
  description: string;
  /** 'article' for a claim or a source, 'website' for the rest. */
  type?: 'website' | 'article';
  image?: PageImage;
  /** False for pages that must not be indexed under their own URL (the 404 page). */
  canonical?: boolean;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for the Twitter card. */
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export interface PageMeta {
  canonical?: string;
  tags: MetaTag[];
}

export const SITE_NAME = 'Crosscheck';

/** An absolute URL for a site path, or undefined without a site address. */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (site === undefined) return undefined;
  return new URL(path, site).href;
}

export function pageMeta(input: PageMetaInput): PageMeta {
  const url = input.canonical === false ? undefined : absoluteUrl(input.path, input.site);
  const image = input.image ? absoluteUrl(input.image.path, input.site) : undefined;
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key: `twitter:${key}`, content });
  const tags: MetaTag[] = [og('site_name', SITE_NAME), og('type', input.type ?? 'website'), og('title', input.title), og('description', input.description)];
  if (url) tags.push(og('url', url));
  if (image && input.image) {
    tags.push(og('image', image), og('image:type', 'image/png'), og('image:width', String(input.image.width)), og('image:height', String(input.image.height)), og('image:alt', input.image.alt));
  }
  tags.push(tw('card', image ? 'summary_large_image' : 'summary'), tw('title', input.title), tw('description', input.description));
  if (image && input.image) tags.push(tw('image', image), tw('image:alt', input.image.alt));
  return { ...(url ? { canonical: url } : {}), tags };
}
