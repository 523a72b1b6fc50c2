/** Source ids from what a contributor has at hand: the article's address or its headline. */

const MAX_SLUG = 60;

/** Path segments that say nothing about the article. */
const HOST_NOISE = new Set(['www', 'm', 'amp']);
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);
const NOISE = new Set(['www', 'amp', 'index', 'html', 'htm', 'php', 'aspx', 'news', 'blog', 'article', 'articles', 'post', 'posts', 'p', 'en', 'us', 'en-us']);

/** "OpenAI’s GPT-5.5: a rebuild" -> "openais-gpt-5-5-a-rebuild" (ASCII, kebab-case, at most 60 characters, cut at a word). */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut.slice(0, max)).replace(/-+$/, '');
}

export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim());
}

/**
 * "https://www.theverge.com/2026/4/23/openai-gpt-5-5" -> "theverge-openai-gpt-5-5":
 * the site name without "www" and the top-level domain, then the meaningful path words.
 * Numbers-only segments (dates, ids) and file extensions are dropped.
 */
export function slugFromUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return slugify(url);
  }
  const hostParts = u.hostname.toLowerCase().split('.').filter((p) => p && !HOST_NOISE.has(p));
  // Drop the top-level domain and second-level ones such as the "co" of "bbc.co.uk".
  const site = hostParts.length > 1 ? hostParts.slice(0, -1).filter((p, i) => i === 0 || !SECOND_LEVEL.has(p)) : hostParts;
  const path = decodeSafe(u.pathname)
    .split('/')
    .map((seg) => seg.replace(/\.(html?|php|aspx?)$/i, ''))
    .filter((seg) => seg && !/^\d+$/.test(seg) && !NOISE.has(seg.toLowerCase()));
  return slugify([...site, ...path].join('-'));
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The id `new source` proposes: site and path words from the URL (short, like "techcrunch-gpt-5-5-super-app"), else the title. */
export function proposeSourceId(input: { title?: string; url?: string }): string {
  const fromUrl = input.url ? slugFromUrl(input.url) : '';
  if (fromUrl.includes('-')) return fromUrl;
  return (input.title && slugify(input.title)) || fromUrl;
}
