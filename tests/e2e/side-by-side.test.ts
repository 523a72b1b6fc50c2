/**
 * Side by side, in a real browser: value camps (only the odd camp marked), the dot plots (at
 * least three ticks, no text outside the SVG, page-sized type) at desktop and phone widths, the
 * subject matrix, quote markers on source pages and the citation graph's labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, watchProblems, type PageProblems } from './helpers/browser.ts';
import { DIST, ensureBuilt } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

const chromiumPath = findChromium();

interface ClaimJson {
  id: string;
  type: string;
  status?: string;
  reports: Array<{ source: string; raw: string | number | boolean }>;
}

const RELEASE = 'gpt-5-5/release-date';
const CHANGE = 'gpt-5-5/inference-cost-reduction';

describe.skipIf(!chromiumPath)('side by side in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let claims: ClaimJson[];
  const stopBuild = new AbortController();

  beforeAll(async () => {
    await ensureBuilt({ signal: stopBuild.signal });
    claims = (JSON.parse(readFileSync(join(DIST, 'api', 'claims.json'), 'utf8')) as { claims: ClaimJson[] }).claims;
    server = await serveStatic(DIST);
    browser = await launchChromium(chromiumPath as string);
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    stopBuild.abort();
    await browser?.close();
    await server?.close();
  });

  const watched = new WeakMap<Page, PageProblems>();

  async function open(path: string, ctx: BrowserContext): Promise<Page> {
    const page = await ctx.newPage();
    watched.set(page, await watchProblems(page));
    const res = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(res?.status(), `status of ${path}`).toBe(200);
    return page;
  }

  /** Closes a page, failing the test on any console error or CSP violation seen there. */
  async function done(page: Page): Promise<void> {
    const problems = watched.get(page)!;
    const url = page.url();
    await page.close();
    expect(problems.console, `console errors on ${url}`).toEqual([]);
    expect(problems.csp, `CSP violations on ${url}`).toEqual([]);
  }

  it('groups the release dates into two camps and marks only the odd one, not the agreeing rows', async () => {
    const claim = claims.find((c) => c.id === RELEASE)!;
    expect(claim.reports.length).toBe(3);
    const page = await open(`/claims/${RELEASE}/`, desktop);
    const camps = await page.$$eval('.camps > .camp', (els) =>
      els.map((el) => ({ odd: el.classList.contains('camp-odd'), text: el.textContent ?? '', sources: el.querySelectorAll('.camp-sources > li').length })),
    );
    expect(camps).toHaveLength(2);
    // Largest first: the two April 23 reports, unmarked; then April 24, marked.
    expect(camps[0]).toMatchObject({ odd: false, sources: 2 });
    expect(camps[0].text).toContain('2 independent origins');
    expect(camps[0].text).not.toMatch(/≠|disagrees/i);
    expect(camps[1].odd).toBe(true);
    expect(camps[1].text).toContain('April 24, 2026');
    // Against the editor's verdict when there is one (April 23), else against the leading camp.
    expect(camps[1].text).toMatch(/≠\s*Disagrees with (the verdict|camp A)/);

    const rows = await page.$$eval('.reports-table tbody tr', (trs) =>
      trs.map((tr) => ({ camp: tr.getAttribute('data-camp'), marked: tr.classList.contains('row-disagree'), tag: tr.querySelector('.disagree-tag') !== null, text: tr.textContent ?? '' })),
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.marked, `row ${r.text.slice(0, 40)}`).toBe(r.camp === 'B');
      expect(r.tag).toBe(r.camp === 'B');
    }
    expect(rows.filter((r) => r.marked)).toHaveLength(1);
    expect(rows.find((r) => r.marked)!.text).toContain('April 24, 2026');
    await done(page);
  });

  it('marks no camp on a split claim (one origin each), and on every contested claim leaves agreeing rows unmarked', async () => {
    const page = await open(`/claims/${CHANGE}/`, desktop);
    expect(await page.$$eval('.camps > .camp-odd', (els) => els.length)).toBe(0);
    expect(await page.$$eval('.reports-table tr.row-disagree', (els) => els.length)).toBe(0);
    expect(await page.textContent('#camps-title')).toBe('2 camps');
    await done(page);
    for (const c of claims.filter((x) => x.status === 'contested' && x.reports.length > 1)) {
      const p = await open(`/claims/${c.id}/`, desktop);
      const marked = await p.$$eval('.reports-table tbody tr', (trs) => trs.map((tr) => tr.classList.contains('row-disagree')));
      expect(marked.some((m) => !m), `${c.id}: some row is left unmarked`).toBe(true);
      await done(p);
    }
  });

  /** Every text of the chart lies inside the SVG, at least three ticks, and labels at page size. */
  async function checkChart(page: Page, where: string): Promise<number> {
    const result = await page.$eval('figure.chart svg.chart-svg', (svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left - box.left, right: r.right - box.left, top: r.top - box.top, bottom: r.bottom - box.top, size: parseFloat(getComputedStyle(t).fontSize) };
      });
      return { width: box.width, height: box.height, texts, ticks: svg.querySelectorAll('.chart-tick').length };
    });
    expect(result.ticks, `ticks on ${where}`).toBeGreaterThanOrEqual(3);
    // Labels as well as ticks: the check below has something to check.
    expect(result.texts.length).toBeGreaterThanOrEqual(result.ticks + 1);
    for (const t of result.texts) {
      expect(t.left, `"${t.text}" starts inside the chart on ${where}`).toBeGreaterThanOrEqual(-0.5);
      expect(t.right, `"${t.text}" ends inside the chart on ${where}`).toBeLessThanOrEqual(result.width + 0.5);
      expect(t.top).toBeGreaterThanOrEqual(-0.5);
      expect(t.bottom).toBeLessThanOrEqual(result.height + 0.5);
      expect(t.size, `type size of "${t.text}"`).toBeGreaterThanOrEqual(12);
    }
    return result.ticks;
  }

  it('draws a dot plot per camp with three or more ticks and no clipped label, at 1280 and 390 px', async () => {
    const charted = [RELEASE, CHANGE, 'claude-opus-4-7/terminal-bench-2-0', 'gpt-5-5/token-speed-gain', 'gpt-5-5/operating-cost-increase'];
    for (const ctx of [desktop, phone]) {
      for (const id of charted) {
        const page = await open(`/claims/${id}/`, ctx);
        await checkChart(page, `${id} at ${ctx === desktop ? 1280 : 390} px`);
        const rows = await page.$$eval('.chart-row', (gs) => gs.length);
        const camps = await page.$$eval('.camps > .camp', (els) => els.length);
        expect(rows, `one chart row per camp on ${id}`).toBe(camps);
        await done(page);
      }
    }
    // "35x lower" and "by 35%" (a reduction, by its quote) share one axis of what remains: about 3% and 65%.
    const page = await open(`/claims/${CHANGE}/`, desktop);
    expect(await page.getAttribute('figure.chart', 'data-kind')).toBe('change');
    const titles = await page.$$eval('.chart-row', (gs) => gs.map((g) => [...g.querySelectorAll('.chart-label-title')].map((t) => t.textContent).join(' ')));
    expect(titles.join(' | ')).toMatch(/35x lower → 2\.9% of the original/);
    expect(titles.join(' | ')).toMatch(/by 35% → 65% of the original/);
    await done(page);
  });

  it('draws no chart for a single value, nor for reports that agree on one exact figure', async () => {
    for (const id of ['gpt-5-5/api-price-blended', 'gpt-5-5/terminal-bench-2-0']) {
      const page = await open(`/claims/${id}/`, desktop);
      expect(await page.$('figure.chart'), id).toBeNull();
      await done(page);
    }
  });

  it('shows the same camps on the conflicts page and the home page', async () => {
    const page = await open('/conflicts/', desktop);
    const card = page.locator('article.flag', { has: page.locator(`a[href="/claims/${RELEASE}/"]`) }).first();
    expect(await card.locator('.camps > .camp').count()).toBe(2);
    expect(await card.locator('.camps > .camp-odd').count()).toBe(1);
    expect(await card.locator('.camps > .camp-odd').textContent()).toContain('April 24, 2026');
    await done(page);
    const home = await open('/', desktop);
    const summaries = await home.$$eval('.flag-camps', (uls) => uls.map((ul) => ({ items: ul.querySelectorAll('li').length, odd: ul.querySelectorAll('.flag-camp-odd').length })));
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s.odd).toBeLessThan(s.items);
    await done(home);
  });

  it('puts the subject matrix before the claims, with a sticky header and first column and a scroll cue', async () => {
    const subject = claims.find((c) => c.id.endsWith('/terminal-bench-2-0'))!.id.split('/')[0];
    const page = await open(`/subjects/${subject}/`, phone);
    const order = await page.evaluate(() => {
      const m = document.querySelector('.matrix');
      const t = document.querySelector('.claims-table');
      return m && t ? Boolean(m.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
    });
    expect(order).toBe(true);
    expect(await page.$eval('.matrix thead th', (th) => getComputedStyle(th).position)).toBe('sticky');
    expect(await page.$eval('.matrix tbody th[scope="row"]', (th) => getComputedStyle(th).position)).toBe('sticky');
    expect(await page.textContent('.scroll-cue')).toMatch(/scroll sideways/);
    // The page's own subject's benchmarks come first: its row has a value in the first column.
    expect(await page.$eval('.matrix tbody tr.matrix-current td', (td) => !td.classList.contains('cell-empty'))).toBe(true);
    await done(page);
  });

  it('marks quoted passages with named pills that link to their claims, never with [n]-style references', async () => {
    const page = await open('/sources/ground-up-rebuild/', desktop);
    const refs = await page.$$eval('.archive .quote-ref', (as) =>
      as.map((a) => {
        const visible = a.cloneNode(true) as HTMLElement;
        visible.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
        return { name: a.textContent ?? '', href: a.getAttribute('href') ?? '', shown: visible.textContent ?? '', radius: parseFloat(getComputedStyle(a).borderTopLeftRadius) };
      }),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      // The accessible name (its text, hidden words included) says what the marker is.
      expect(r.name).toMatch(/^Quoted by the claim ❝/);
      expect(r.href).toMatch(/^\/claims\/.+\/$/);
      expect(r.shown).not.toMatch(/\[\d+[a-z]?\]/);
      expect(r.shown.startsWith('❝')).toBe(true);
      expect(r.radius).toBeGreaterThan(4);
    }
    expect(await page.$$eval('.archive sup', (s) => s.length)).toBe(0);
    await done(page);
  });

  it('draws the citation graph with every label inside its box and disputed edges only where a flag is carried', async () => {
    const page = await open('/graph/', desktop);
    const nodes = await page.$$eval('.graph-node', (as) =>
      as.map((a) => {
        const rect = a.querySelector('rect')!.getBoundingClientRect();
        const texts = [...a.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        return { inside: texts.every((t) => t.left >= rect.left - 0.5 && t.right <= rect.right + 0.5 && t.top >= rect.top - 0.5 && t.bottom <= rect.bottom + 0.5), label: a.querySelector('title')?.textContent ?? '' , shown: [...a.querySelectorAll('.graph-node-label tspan')].map((t) => t.textContent).join(' ') };
      }),
    );
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.inside, `label inside the box of ${n.label}`).toBe(true);
      expect(n.shown.replace(/\s+/g, ' ')).toBe(n.label.replace(/\s+/g, ' ').trim());
    }
    const edges = await page.$$eval('.graph-edge', (ps) => ps.map((p) => p.classList.contains('graph-edge-disputed')));
    expect(edges.some((d) => !d)).toBe(true);
    await done(page);
  });
});
