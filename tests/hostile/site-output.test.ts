/**
 * Properties 7, 8 and the build half of 10, on the built site:
 *  - every HTML page carries a Content-Security-Policy <meta> before any script or style,
 *    without 'unsafe-inline' for scripts, and every inline script is hash-allowed by it;
 *  - no inline event handler attributes, no javascript:/data:/vbscript: URLs in
 *    href/src/action/formaction (and kin), and JSON-LD never holds a raw "<";
 *  - a valid claim whose every text field is an injection attempt shows up as text and
 *    adds no <script> element;
 *  - two builds of the same tree are byte-identical.
 * The real site is built from a temporary copy (or dist/ is reused when
 * CROSSCHECK_DIST_FRESH=1 says it is current); the hostile corpus is built twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.ts';
import { HOSTILE_CLAIM_PAGE, HOSTILE_SOURCE_PAGE, IMG_IN_BODY, SCRIPT_VALUE, addHostileCorpus } from './hostile-corpus.ts';
import { scanHtml, schemeOf, type Element, type ScannedPage } from './html-scan.ts';
import { buildSite, copyProject, hashTree, listFiles } from './site-build.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'ping', 'manifest', 'icon']);
const BAD_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

interface Site {
  dist: string;
  pages: Map<string, { html: string; scan: ScannedPage }>;
}

function readSite(dist: string): Site {
  const pages = new Map<string, { html: string; scan: ScannedPage }>();
  for (const f of listFiles(dist).filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(join(dist, f), 'utf8');
    pages.set(f, { html, scan: scanHtml(html) });
  }
  return { dist, pages };
}

const attr = (e: Element, name: string) => e.attrs.find(([k]) => k === name)?.[1];
const isJsonLd = (e: Element) => e.name === 'script' && (attr(e, 'type') ?? '').toLowerCase() === 'application/ld+json';
const sha256 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

/** Every check that holds for every page of any build. */
function expectSafePages(site: Site): void {
  expect(site.pages.size).toBeGreaterThan(10);
  const problems: string[] = [];
  for (const [file, { scan }] of site.pages) {
    const csp = scan.elements.filter((e) => e.name === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    if (csp.length !== 1) {
      problems.push(`${file}: ${csp.length} Content-Security-Policy <meta> elements`);
      continue;
    }
    const policy = attr(csp[0], 'content') ?? '';
    const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    if (!/default-src 'none'/.test(policy)) problems.push(`${file}: CSP lacks default-src 'none'`);
    if (!directive('script-src') || /'unsafe-inline'|'unsafe-eval'|\*/.test(directive('script-src'))) problems.push(`${file}: CSP script-src is missing or too loose: ${directive('script-src')}`);
    for (const d of ["object-src 'none'", "base-uri 'none'"]) if (!policy.includes(d)) problems.push(`${file}: CSP lacks ${d}`);
    const firstActive = scan.elements.find((e) => e.name === 'script' || e.name === 'style' || (e.name === 'link' && attr(e, 'rel') === 'stylesheet'));
    if (firstActive && firstActive.offset < csp[0].offset) problems.push(`${file}: a <${firstActive.name}> comes before the CSP <meta>, outside its reach`);

    for (const e of scan.elements) {
      for (const [name, value] of e.attrs) {
        if (name.startsWith('on')) problems.push(`${file}: <${e.name} ${name}=…> event handler attribute`);
        if (URL_ATTRIBUTES.has(name) && BAD_SCHEMES.has(schemeOf(value) ?? '')) problems.push(`${file}: <${e.name} ${name}="${value.slice(0, 60)}">`);
        if (name === 'srcset' && value.split(',').some((c) => BAD_SCHEMES.has(schemeOf(c.trim()) ?? ''))) problems.push(`${file}: <${e.name} srcset> with a script URL`);
      }
      if (e.name === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'refresh') problems.push(`${file}: <meta http-equiv="refresh">`);
      if (e.name === 'script') {
        const raw = e.raw ?? '';
        if (isJsonLd(e)) {
          if (raw.includes('<')) problems.push(`${file}: JSON-LD holds a raw "<"`);
          try {
            JSON.parse(raw);
          } catch {
            problems.push(`${file}: JSON-LD does not parse`);
          }
        } else if (attr(e, 'src') === undefined && raw.trim() !== '' && !directive('script-src').includes(`'${sha256(raw)}'`)) {
          problems.push(`${file}: an inline script whose hash the CSP does not list`);
        } else if (attr(e, 'src') !== undefined && !/^\/_astro\/[\w.-]+\.js$/.test(attr(e, 'src')!)) {
          problems.push(`${file}: a script from ${attr(e, 'src')}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
}

/** What kinds of script a page has: external file names, inline hashes, JSON-LD blocks. */
function scriptSignatures(scan: ScannedPage): string[] {
  return scan.elements.filter((e) => e.name === 'script').map((e) => (isJsonLd(e) ? 'json-ld' : (attr(e, 'src') ?? sha256(e.raw ?? ''))));
}

const roots: string[] = [];
let real: Site;
let hostile: Site;
let firstHashes: Map<string, string>;
let secondHashes: Map<string, string>;

beforeAll(() => {
  if (process.env.CROSSCHECK_DIST_FRESH === '1' && existsSync(join(REPO, 'dist', 'index.html'))) {
    real = readSite(join(REPO, 'dist'));
  } else {
    const root = copyProject();
    roots.push(root);
    real = readSite(buildSite(root));
  }
  const root = copyProject(addHostileCorpus);
  roots.push(root);
  const first = buildSite(root);
  renameSync(first, join(root, 'dist-first'));
  firstHashes = hashTree(join(root, 'dist-first'));
  secondHashes = hashTree(buildSite(root));
  hostile = readSite(join(root, 'dist'));
}, 1_200_000);

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('the built site', () => {
  it('has claim pages to check', () => {
    expect([...real.pages.keys()].filter((p) => p.startsWith('claims/')).length).toBeGreaterThan(10);
  });

  it('every page: one CSP meta first, no handlers, no script URLs, safe JSON-LD, hash-allowed inline scripts', () => {
    expectSafePages(real);
  });
});

describe('a hostile but valid corpus', () => {
  it('builds, and its pages pass the same checks', () => {
    expect(hostile.pages.has(HOSTILE_CLAIM_PAGE)).toBe(true);
    expect(hostile.pages.has(HOSTILE_SOURCE_PAGE)).toBe(true);
    expectSafePages(hostile);
  });

  it('shows the injection attempts as text', () => {
    const claimPage = hostile.pages.get(HOSTILE_CLAIM_PAGE)!;
    expect(claimPage.scan.text).toContain(SCRIPT_VALUE);
    expect(claimPage.scan.text).toContain(IMG_IN_BODY);
    expect(claimPage.scan.text).toContain("<script>alert('subject')</script>");
    const sourcePage = hostile.pages.get(HOSTILE_SOURCE_PAGE)!;
    expect(sourcePage.scan.text).toContain(`The page said: ${SCRIPT_VALUE} and then ${IMG_IN_BODY} closed it.`);
  });

  it('adds no element from the data: no <script>, <img> or <iframe> carries a payload', () => {
    const leaks: string[] = [];
    for (const [file, { scan }] of hostile.pages) {
      for (const e of scan.elements) {
        const payload = e.attrs.some(([, v]) => /alert\(/.test(v)) || (e.name === 'script' && !isJsonLd(e) && /alert\(/.test(e.raw ?? ''));
        if (payload || ['img', 'iframe', 'object', 'embed', 'base', 'form'].includes(e.name) && /hostile|alert/.test(JSON.stringify(e.attrs))) leaks.push(`${file}: <${e.name} ${JSON.stringify(e.attrs).slice(0, 80)}>`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('adds no new kind of <script>, and only one JSON-LD block on the claim page', () => {
    const known = new Set([...real.pages.values()].flatMap((p) => scriptSignatures(p.scan)));
    known.add('json-ld');
    const added = [...hostile.pages].flatMap(([file, p]) => scriptSignatures(p.scan).filter((s) => !known.has(s)).map((s) => `${file}: ${s}`));
    expect(added).toEqual([]);
    expect(scriptSignatures(hostile.pages.get(HOSTILE_CLAIM_PAGE)!.scan).filter((s) => s === 'json-ld')).toHaveLength(1);
  });

  it('two builds of the same tree are byte-identical', () => {
    expect(secondHashes.size).toBeGreaterThan(10);
    const differing = [...new Set([...firstHashes.keys(), ...secondHashes.keys()])].filter((f) => firstHashes.get(f) !== secondHashes.get(f));
    expect(differing).toEqual([]);
  });
});
