/**
 * The built site in a real browser: search, claim pages, conflicts, sources, accessibility,
 * Content-Security-Policy, and screenshots at desktop and phone widths.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { findChromium, launchChromium, watchProblems, type PageProblems } from './helpers/browser.ts';
import { DIST, ensureBuilt, ROOT } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

if (!chromiumPath) {
  if (process.env.CI) {
    describe('end-to-end', () => {
      it('needs Chromium on CI', () => {
        throw new Error('No Chromium found (set CHROMIUM_PATH or install chromium): the end-to-end tests cannot run on CI without it.');
      });
    });
  } else {
    console.warn('[e2e] Skipping the browser tests: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH to run them).');
  }
}

interface ClaimJson {
  id: string;
  propertyLabel: string;
  status?: string;
  reports: Array<{ source: string; raw: string | number | boolean; quote: string }>;
}
interface FlagJson {
  id: string;
  kind: string;
  claims: string[];
  values: Array<{ claim: string; source: string; raw: string | number | boolean }>;
  explanation: string;
  resolved?: { claim: string; rating: string };
}

function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

const api = <T>(name: string): T => JSON.parse(readFileSync(join(DIST, 'api', name), 'utf8')) as T;
const shown = (raw: string | number | boolean) => (typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!chromiumPath)('the site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let claims: ClaimJson[];
  let flags: FlagJson[];
  // A hook has no test signal: the build has its own time limit, and afterAll stops it if the hook gave up first.
  const stopBuild = new AbortController();

  beforeAll(async () => {
    await ensureBuilt({ signal: stopBuild.signal });
    claims = api<{ claims: ClaimJson[] }>('claims.json').claims;
    flags = api<{ flags: FlagJson[] }>('conflicts.json').flags;
    server = await serveStatic(DIST);
    browser = await launchChromium(chromiumPath as string);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    stopBuild.abort();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and fails the test on any console error or CSP violation seen there. */
  async function open(path: string, ctx: BrowserContext = context): Promise<{ page: Page; problems: PageProblems }> {
    const page = await ctx.newPage();
    const problems = await watchProblems(page);
    const res = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(res?.status(), `status of ${path}`).toBe(200);
    return { page, problems };
  }

  async function finish(page: Page, problems: PageProblems): Promise<void> {
    // Let late fetches (the search index) report their errors before checking.
    await page.waitForLoadState('networkidle');
    expect(problems.csp, `CSP violations on ${page.url()}`).toEqual([]);
    expect(problems.console, `console errors on ${page.url()}`).toEqual([]);
    await page.close();
  }

  const resultIds = (page: Page) =>
    page.$$eval('#search-results .result-title a', (as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));

  it('lists the Terminal-Bench claims when searching "Terminal-Bench", and puts the query in the URL', async () => {
    const expected = claims.filter((c) => /terminal-bench/i.test(c.propertyLabel)).map((c) => `/claims/${c.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    const { page, problems } = await open('/search/');
    await page.fill('#search-q', 'Terminal-Bench');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results .result');
    while (await page.isVisible('#search-more')) {
      const before = (await resultIds(page)).length;
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, before);
    }
    const ids = await resultIds(page);
    for (const id of expected) expect(ids).toContain(id);
    expect(await page.textContent('#search-status')).toMatch(/results? for “Terminal-Bench”/);
    expect(new URL(page.url()).search).toBe('?q=Terminal-Bench');
    expect(await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent))).toContain('Terminal-Bench');
    // Source results get their snippet from the source's own text file, after the results show.
    if (ids.some((id) => id.startsWith('/sources/'))) await page.waitForSelector('#search-results .result-snippet mark');
    await finish(page, problems);
  });

  it('restores a search from a ?q= link, and applies filters from the URL', async () => {
    const { page, problems } = await open('/search/?q=terminal+bench&status=contested');
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-q')).toBe('terminal bench');
    expect(await page.inputValue('#f-status')).toBe('contested');
    const statuses = await page.$$eval('#search-results .badge', (bs) => bs.map((b) => b.textContent?.trim()));
    for (const s of statuses) expect(s).toMatch(/Contested/);
    await page.selectOption('#f-status', '');
    await page.waitForFunction(() => !location.search.includes('status='));
    await page.waitForSelector('#search-results .result');
    const ids = await resultIds(page);
    expect(ids.some((id) => id.includes('terminal-bench'))).toBe(true);
    await finish(page, problems);
  });

  it('moves through results with the arrow keys', async () => {
    const { page, problems } = await open('/search/?q=release');
    await page.waitForSelector('#search-results .result');
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.closest('.result') !== null);
    expect(first).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await finish(page, problems);
  });

  it('shows a contested claim with its values side by side and the flag explanation', async () => {
    const flag = flags.find((f) => f.kind === 'value-conflict' && !f.resolved && new Set(f.claims).size === 1);
    expect(flag, 'a value-conflict flag on one claim').toBeDefined();
    const claimId = flag!.claims[0];
    const { page, problems } = await open(`/claims/${claimId}/`);
    expect(await page.textContent('.badge')).toMatch(/Contested/);
    const rows = await page.$$eval('.reports-table tbody tr', (trs) =>
      trs.map((tr) => ({ text: tr.textContent ?? '', disagrees: tr.classList.contains('row-disagree'), tag: tr.querySelector('.disagree-tag')?.textContent ?? '' })),
    );
    for (const v of flag!.values) {
      const row = rows.find((r) => r.text.includes(shown(v.raw)));
      expect(row, `a row showing ${shown(v.raw)}`).toBeDefined();
    }
    // Only the odd camp's rows are marked (none on a split claim): never every row.
    const marked = rows.filter((r) => r.disagrees);
    expect(marked.length).toBeLessThan(rows.length);
    for (const r of marked) expect(r.tag).toMatch(/disagrees/);
    expect(squash(await page.textContent('main') ?? '')).toContain(squash(flag!.explanation));
    await finish(page, problems);
  });

  it('shows a claim whose flag a verdict resolves as resolved, with the verdict and the flag marked resolved', async () => {
    const flag = flags.find((f) => f.resolved && new Set(f.claims).size === 1);
    expect(flag, 'a flag resolved by a verdict').toBeDefined();
    const { page, problems } = await open(`/claims/${flag!.claims[0]}/`);
    expect(await page.textContent('.badge')).toMatch(/Resolved/);
    expect(squash((await page.textContent('.verdict')) ?? '')).toMatch(/Reviewed by \S+ on \d{4}/);
    expect(squash((await page.textContent('article.flag-resolved')) ?? '')).toContain('Resolved by a verdict');
    const jsonLd = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'ClaimReview', datePublished: expect.stringMatching(/^\d{4}/) });
    await finish(page, problems);
    // The home page's list leaves resolved flags out.
    const { page: home, problems: homeProblems } = await open('/');
    const links = await home.$$eval('.flag-summaries a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((h) => h.includes(flag!.id.replace(/[^a-z0-9-]/gi, '-')))).toBe(false);
    await finish(home, homeProblems);
  });

  it('shows a time-varying claim as a series in date order, as claims.json gives it', async () => {
    const claim = claims.find((c) => Array.isArray((c as { series?: unknown }).series));
    expect(claim, 'a claim with a series').toBeDefined();
    const series = (claim as unknown as { series: Array<{ asOf: string }> }).series;
    const { page, problems } = await open(`/claims/${claim!.id}/`);
    const dates = await page.$$eval('ol.series time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual(series.map((p) => p.asOf));
    await finish(page, problems);
  });

  it('lists every flag of /api/conflicts.json on the conflicts page', async () => {
    const { page, problems } = await open('/conflicts/');
    const ids = await page.$$eval('article.flag', (as) => as.map((a) => a.id));
    expect(ids.length).toBe(flags.length);
    for (const f of flags) {
      const id = `flag-${f.id.replace(/[^a-z0-9-]/gi, '-')}`;
      expect(ids).toContain(id);
      const text = squash((await page.textContent(`[id="${id}"]`)) ?? '');
      expect(text).toContain(squash(f.explanation));
      for (const v of f.values) expect(text).toContain(shown(v.raw));
    }
    await finish(page, problems);
  });

  it('highlights every quoted passage on a source page, and claim pages link to them', async () => {
    const counts = new Map<string, number>();
    for (const c of claims) for (const r of c.reports) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
    const [sourceId] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const { page, problems } = await open(`/sources/${sourceId}/`);
    const marked = squash((await page.$$eval('.archive mark', (ms) => ms.map((m) => m.textContent ?? ''))).join(' '));
    const anchors = await page.$$eval('.archive [id^="q-"]', (es) => es.map((e) => e.id));
    expect(anchors.length).toBeGreaterThan(0);
    const norm = (s: string) => squash(s).replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    for (const c of claims) for (const r of c.reports) if (r.source === sourceId) expect(norm(marked)).toContain(norm(r.quote).slice(0, 40));
    // The text is shown as text: no element from the archive other than <p>, <mark>, <sup>, <a>, <span>.
    const tags = await page.$$eval('.archive *', (es) => [...new Set(es.map((e) => e.tagName.toLowerCase()))]);
    for (const t of tags) expect(['p', 'mark', 'sup', 'a', 'span']).toContain(t);
    await finish(page, problems);

    const claim = claims.find((c) => c.reports.some((r) => r.source === sourceId))!;
    const { page: claimPage, problems: claimProblems } = await open(`/claims/${claim.id}/`);
    const href = await claimPage.getAttribute('.quote-link', 'href');
    expect(href).toMatch(/^\/sources\/[^/]+\/#q-\d+$/);
    await claimPage.click('.quote-link');
    await claimPage.waitForURL(/#q-\d+$/);
    const target = new URL(claimPage.url()).hash.slice(1);
    expect(await claimPage.$eval(`[id="${target}"]`, (e) => e.closest('mark') !== null)).toBe(true);
    await finish(claimPage, claimProblems);
  });

  it('tells readers without JavaScript that search needs it, and where to browse instead, in sentences that read right', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/search/?q=spud`);
    const notice = squash((await page.innerText('main .notice')) ?? '');
    expect(notice).toBe('Search runs in your browser and needs JavaScript. Without it, browse all claims, subjects, sources or conflicts.');
    expect(await page.getAttribute('main a[href="/claims/"]', 'href')).toBe('/claims/');
    // What only JavaScript does is not promised without it.
    expect(await page.innerText('main')).not.toMatch(/as you type/);
    expect(await page.isVisible('#search-help')).toBe(false);
    await noJs.close();
  });

  it('offers the subject page first when a subject is searched by name, and by alias', async () => {
    const { page, problems } = await open('/search/?q=sora');
    await page.waitForSelector('#search-results .result');
    const first = page.locator('#search-results .result').first();
    expect(decodeURIComponent(new URL((await first.locator('.result-title a').getAttribute('href'))!, server.url).pathname)).toBe('/subjects/sora/');
    expect(squash((await first.locator('.result-meta').textContent()) ?? '')).toMatch(/^Subject · product · \d+ claims?$/);
    // The claims about Sora are still listed after it.
    expect((await resultIds(page)).some((id) => id.startsWith('/claims/sora/'))).toBe(true);
    await page.fill('#search-q', 'Spud');
    await page.waitForFunction(() => /“Spud”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect((await resultIds(page))[0]).toBe('/subjects/gpt-5-5/');
    expect(await page.isVisible('#search-help')).toBe(true);
    await finish(page, problems);
  });

  const PAGE_TYPES: Array<[string, () => string]> = [
    ['home', () => '/'],
    ['claim', () => `/claims/${(flags.find((f) => f.kind === 'value-conflict')?.claims[0] ?? claims[0].id)}/`],
    ['numeric-claim', () => `/claims/${claims.find((c) => c.reports.length > 1 && c.reports.every((r) => /%$/.test(String(r.raw))))?.id ?? claims[0].id}/`],
    ['conflicts', () => '/conflicts/'],
    ['source', () => `/sources/${claims[0].reports[0].source}/`],
    ['subject', () => `/subjects/${claims.find((c) => /bench/i.test(c.propertyLabel))?.id.split('/')[0] ?? claims[0].id.split('/')[0]}/`],
    ['search', () => '/search/?q=terminal+bench'],
    ['graph', () => '/graph/'],
    ['claims', () => '/claims/'],
    ['sources', () => '/sources/'],
    ['subjects', () => '/subjects/'],
  ];

  /**
   * Keyboard use: no control is left out of the tab order or put ahead of it, the first Tab
   * reaches the skip link and Enter on it moves focus into <main>, and the next Tabs walk
   * through distinct controls, each visible with a focus outline.
   */
  async function checkKeyboard(page: Page, name: string): Promise<void> {
    const misordered = await page.$$eval('a[href], button, input, select, textarea, summary, [tabindex]', (els) =>
      els
        .filter((e) => {
          const el = e as HTMLElement;
          const tabindex = el.getAttribute('tabindex');
          if (tabindex !== null && Number(tabindex) > 0) return true;
          const shown = el.getClientRects().length > 0 && !el.closest('[hidden], [inert]');
          return shown && el.tabIndex < 0 && el.id !== 'main' && !el.hasAttribute('disabled');
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(misordered, `controls out of the tab order on ${name}`).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className), `first Tab on ${name}`).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), `skip link on ${name}`).toBe('main');
    const seen = new Set<string>();
    for (let n = 0; n < 12; n++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) path.unshift(`${e.tagName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
        return { key: path.join('/'), width: box.width, height: box.height, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none' };
      });
      // The end of the page: focus left the document.
      if (!focused) break;
      expect(seen.has(focused.key), `Tab revisits ${focused.key} on ${name}`).toBe(false);
      seen.add(focused.key);
      expect(focused.width * focused.height, `focused element visible on ${name}: ${focused.key}`).toBeGreaterThan(0);
      expect(focused.outline || focused.shadow, `focus indicator on ${name}: ${focused.key}`).toBe(true);
    }
    expect(seen.size, `Tab reaches controls on ${name}`).toBeGreaterThan(0);
  }

  it('can fail: axe reports an unlabelled image and input, and a link told apart by colour alone, as serious', async () => {
    const probe = await context.newPage();
    await probe.setContent('<html lang="en"><body><main><img src="x.png"><input type="text"></main></body></html>');
    expect((await seriousViolations(probe)).map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    // The home page's old failure: a link inside text, differing from it only in colour.
    await probe.setContent('<html lang="en"><head><title>t</title><style>a{color:#1f4f8f;text-decoration:none} p{color:#434955}</style></head><body><main><p>Text with <a href="/x">a link</a> inside a sentence.</p></main></body></html>');
    expect((await seriousViolations(probe)).map((v) => v.id)).toContain('link-in-text-block');
    await probe.close();
  });

  for (const [tag, width, height] of [['desktop', 1280, 900], ['phone', 360, 800]] as const) {
    it(`at ${width} px: no serious or critical axe violation (WCAG 2.2 A/AA), no sideways scrolling, every page usable by keyboard, on every page type`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      try {
        for (const [name, path] of PAGE_TYPES) {
          const { page, problems } = await open(path(), ctx);
          if (name === 'search') await page.waitForSelector('#search-results .result');
          expect(await seriousViolations(page), `axe on ${name} (${path()}) at ${width} px`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `horizontal overflow on ${name} at ${width} px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SHOTS, `${name}-${tag}.png`), fullPage: true });
          await checkKeyboard(page, `${name} at ${width} px`);
          await finish(page, problems);
        }
      } finally {
        await ctx.close();
      }
    });
  }

  it('emits no inline styles, inline handlers or inline scripts other than JSON-LD', () => {
    const html = listHtml(DIST);
    expect(html.length).toBeGreaterThan(10);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<[^>]+\sstyle=/i);
      expect(text, file).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(text, file).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/\ssrc="\/_astro\/|type="application\/ld\+json"/);
      expect(text, file).toMatch(/<meta http-equiv="content-security-policy"/);
    }
  });

  // The policy as served; that no page breaks it in the browser, the loops above check on
  // every page type at both widths (`finish`), so this one needs no browser.
  it('sends a Content-Security-Policy on every page that allows only this origin', async () => {
    for (const [name, path] of PAGE_TYPES) {
      const res = await fetch(`${server.url}${path()}`);
      expect(res.status, `status of ${path()}`).toBe(200);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await res.text())?.[1];
      expect(csp, `CSP on ${name}`).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/connect-src 'self'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });
});
