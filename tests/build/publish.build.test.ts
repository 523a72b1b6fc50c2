/**
 * A build with CROSSCHECK_SITE set is ready to publish: canonical links and Open Graph tags
 * with absolute URLs on every page, a sitemap of every page, the Atom feed, absolute ClaimReview
 * URLs, and a social card image on disk for every contested claim. A rebuild after an edit keeps
 * all of it whole (unchanged pages are not re-rendered, yet stay in the sitemap) and renders no
 * unchanged card again. Without the variable: relative links, no sitemap, no cards; that build
 * also has its visible text scanned for wording defects (tests/helpers/reader-text.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, astroBuildOk } from '../helpers/astro-build.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { readerTextDefects, visibleText } from '../helpers/reader-text.ts';
import { copyProject, listFiles } from '../hostile/site-build.ts';

const SITE = 'https://facts.example.org';
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Each built page's path ("/claims/a/b/") by its file. */
function pages(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of listFiles(dist)) {
    if (!file.endsWith('index.html')) continue;
    out.set(`/${file.slice(0, -'index.html'.length)}`, readFileSync(join(dist, file), 'utf8'));
  }
  return out;
}

const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('a build with CROSSCHECK_SITE', () => {
  it('writes canonical links, the sitemap, the feed and a card for every contested claim, and keeps them whole on a rebuild', async ({ signal }) => {
    const root = copyProject();
    roots.push(root);
    const dist = join(root, 'dist');
    const build = () => astroBuildOk({ cwd: root, signal, env: { CROSSCHECK_SITE: SITE } });
    const cold = await build();
    expect(cold).toMatch(/social cards: \d+ \(0 unchanged since the last build\)/);

    const claims = (JSON.parse(readFileSync(join(dist, 'api', 'claims.json'), 'utf8')) as { claims: Array<{ id: string; status: string }> }).claims;
    const contested = claims.filter((c) => c.status === 'contested');
    expect(contested.length).toBeGreaterThan(0);

    const check = () => {
      const built = pages(dist);
      expect(built.size).toBeGreaterThan(100);
      // Canonical link and og:url: the page's own absolute address (the 404 page has none).
      for (const [path, html] of built) {
        if (path === '/404/') continue;
        expect(attr(html, /<link rel="canonical" href="([^"]+)"/), path).toBe(`${SITE}${path}`);
        expect(attr(html, /<meta property="og:url" content="([^"]+)"/), path).toBe(`${SITE}${path}`);
        expect(html, path).toContain('<link rel="alternate" type="application/atom+xml"');
      }
      expect(readFileSync(join(dist, '404.html'), 'utf8')).not.toContain('rel="canonical"');

      // The sitemap lists every page that was built, absolute, and nothing that was not.
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      expect(sitemap).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
      const listed = locs(sitemap);
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed.sort()).toEqual([...built.keys()].filter((p) => p !== '/404/').map((p) => `${SITE}${p}`).sort());

      // A card image on disk for every contested claim, named by its page's og:image; none for the rest.
      for (const c of claims) {
        const html = built.get(`/claims/${c.id}/`);
        expect(html, c.id).toBeDefined();
        const image = attr(html!, /<meta property="og:image" content="([^"]+)"/);
        if (c.status !== 'contested') {
          expect(image, c.id).toBeUndefined();
          expect(attr(html!, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary');
          continue;
        }
        expect(image, c.id).toBe(`${SITE}/og/claims/${c.id}.png`);
        const png = readFileSync(join(dist, 'og', 'claims', `${c.id}.png`));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], c.id).toEqual([600, 315]);
        expect(attr(html!, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
        expect(attr(html!, /<meta property="og:image:alt" content="([^"]+)"/)).toMatch(/^Contested: /);
      }
      expect(listFiles(join(dist, 'og')).length).toBe(contested.length);

      // The feed: Atom, absolute links to pages that exist, newest first.
      const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
      expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feed.xml"/>`);
      const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
      expect(entries.length).toBeGreaterThan(0);
      const dates = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const e of entries) {
        const href = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(e)![1];
        expect(href.startsWith(`${SITE}/`), href).toBe(true);
        expect(built.has(new URL(href).pathname), href).toBe(true);
      }
    };
    check();

    // ClaimReview on a claim with a verdict carries the absolute page URL.
    const reviewed = [...pages(dist)].find(([, html]) => html.includes('"@type":"ClaimReview"'));
    if (reviewed) expect(reviewed[1]).toContain(`"url":"${SITE}${reviewed[0]}"`);

    // One edit: few pages rendered, every card kept, and everything above still holds.
    const edited = join(root, 'claims/gpt-5-5/serving-hardware.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added by the publish test.\n`);
    const warm = await build();
    expect(warm).toMatch(/unchanged page\(s\) kept from the last build/);
    expect(warm).toMatch(new RegExp(`social cards: ${contested.length} \\(${contested.length} unchanged since the last build\\), 0 rendered`));
    check();
  });

  it('keeps links relative and writes no sitemap or cards without it, and every page reads without defects of wording', async ({ signal }) => {
    const root = copyProject();
    roots.push(root);
    const dist = join(root, 'dist');
    await astroBuildOk({ cwd: root, signal, env: { CROSSCHECK_SITE: '' } });
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).not.toContain('rel="canonical"');
    expect(home).not.toContain('og:image');
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(dist, 'og'))).toBe(false);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="/feed.xml"/>');
    expect(feed).not.toMatch(/href="https?:/);

    // Every page's visible text, as a fact-checker read it: no "1 reports", "the The", missing
    // values, double spaces, backticks, or record ids where names belong (tests/helpers/reader-text.ts).
    const { corpus } = loadProject(root);
    // gpt-oss-20b is a model's own name as well as its id.
    const names = new Set(corpus.subjects.flatMap((s) => [s.name, ...s.aliases]).map((n) => n.toLowerCase()));
    const ids = new Set(
      [...corpus.sources.map((s) => s.id), ...corpus.claims.map((c) => c.id), ...corpus.subjects.map((s) => s.id), ...corpus.sources.flatMap((s) => (s.family ? [s.family] : [])), ...corpus.claims.flatMap((c) => Object.values(c.qualifiers))].filter(
        (id) => id.includes('-') && !names.has(id),
      ),
    );
    const defects = [...pages(dist)].flatMap(([path, html]) => readerTextDefects(html, ids).map((d) => `${path} ${d}`));
    expect(defects).toEqual([]);
    // Topics are ids that are also words ("long-context"): the scan cannot tell them from prose, so their line is checked.
    const topicLines = [...pages(dist)].flatMap(([, html]) => visibleText(html).blocks.filter((b) => b.startsWith('Topics: ')));
    expect(topicLines.length).toBeGreaterThan(0);
    for (const line of topicLines) expect(line).not.toMatch(/[a-z0-9]-[a-z0-9]/);
  });

  it('stops at once on an address it cannot use, saying what to set, with no stack trace', async ({ signal }) => {
    const root = copyProject();
    roots.push(root);
    const run = await astroBuild({ cwd: root, signal, env: { CROSSCHECK_SITE: 'facts.example.org' } });
    const output = run.stdout + run.stderr;
    expect(run.code).not.toBe(0);
    expect(output).toContain('CROSSCHECK_SITE="facts.example.org" is not an absolute URL.');
    expect(output).toContain('Set CROSSCHECK_SITE to the address the site will be served from');
    expect(output).not.toMatch(/Stack trace|    at /);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
