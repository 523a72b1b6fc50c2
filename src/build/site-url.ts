/**
 * The one publishing setting: `CROSSCHECK_SITE`, the address the site is served from
 * (https://facts.example.org). With it, pages get
 * canonical links and Open Graph tags with absolute URLs, ClaimReview URLs are absolute, and
 * the build writes a sitemap and social card images. Without it, every link stays relative.
 */

export const SITE_VARIABLE = 'CROSSCHECK_SITE';

/**
 * The site URL for Astro's `site` option (always ending in "/"), or undefined when the
 * variable is unset or empty. Anything else than an absolute http(s) URL without query or
 * fragment stops the build with a message saying what to set instead.
 */
export function siteFromEnv(env: Record<string, string | undefined>): string | undefined {
  const raw = env[SITE_VARIABLE]?.trim();
  if (!raw) return undefined;
  const fix = `Set ${SITE_VARIABLE} to the address the site will be served from, such as https://facts.example.org, or leave it unset for relative links.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${SITE_VARIABLE}="${raw}" is not an absolute URL. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${SITE_VARIABLE}="${raw}" uses ${url.protocol}; only http and https sites can be published. ${fix}`);
  if (url.username || url.password) throw new Error(`${SITE_VARIABLE}="${raw}" contains a user name or password, which would be published on every page. ${fix}`);
  if (url.search || url.hash) throw new Error(`${SITE_VARIABLE}="${raw}" has a query or a fragment, which no page address can carry. ${fix}`);
  // Every link of the site starts at the host's root ("/claims/…"), so a folder would break them.
  if (url.pathname !== '/') throw new Error(`${SITE_VARIABLE}="${raw}" names a folder (${url.pathname}); the site's links start at the root of its host, so it must be served from one. ${fix}`);
  return url.href;
}
