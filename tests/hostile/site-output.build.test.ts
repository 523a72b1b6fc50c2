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
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_LIMIT_MS } from '../helpers/astro-build.ts';
import { REPO } from './helpers.ts';
import { ASTRO_IMAGE_TEXT, HOSTILE_CLAIM_PAGE, HOSTILE_SOURCE_PAGE, IMG_IN_BODY, SCRIPT_VALUE, addHostileCorpus } from './hostile-corpus.ts';
import { buildSite, copyProject, hashTree } from './site-build.ts';
import { attr, isJsonLd, pageProblems, readSite, scriptSignatures, type Site } from './site-checks.ts';

const roots: string[] = [];
let real: Site;
let hostile: Site;
let firstHashes: Map<string, string>;
let secondHashes: Map<string, string>;

// A hook has no test signal: each build has its own limit (three fit in the hook's time), and
// afterAll aborts any build still running when the hook gave up.
const stop = new AbortController();

beforeAll(async () => {
  if (process.env.CROSSCHECK_DIST_FRESH === '1' && existsSync(join(REPO, 'dist', 'index.html'))) {
    real = readSite(join(REPO, 'dist'));
  } else {
    const root = copyProject();
    roots.push(root);
    real = readSite(await buildSite(root, { signal: stop.signal }));
  }
  const root = copyProject(addHostileCorpus);
  roots.push(root);
  const first = await buildSite(root, { signal: stop.signal });
  renameSync(first, join(root, 'dist-first'));
  firstHashes = hashTree(join(root, 'dist-first'));
  secondHashes = hashTree(await buildSite(root, { signal: stop.signal }));
  hostile = readSite(join(root, 'dist'));
}, 3 * BUILD_LIMIT_MS + 60_000);

afterAll(() => {
  stop.abort();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('the built site', () => {
  it('has claim pages to check', () => {
    expect([...real.pages.keys()].filter((p) => p.startsWith('claims/')).length).toBeGreaterThan(10);
  });

  it('every page: one CSP meta first, no handlers, no script URLs, safe JSON-LD, hash-allowed inline scripts', () => {
    expect(real.pages.size).toBeGreaterThan(10);
    expect(pageProblems(real)).toEqual([]);
  });
});

describe('a hostile but valid corpus', () => {
  it('builds, and its pages pass the same checks', () => {
    expect(hostile.pages.has(HOSTILE_CLAIM_PAGE)).toBe(true);
    expect(hostile.pages.has(HOSTILE_SOURCE_PAGE)).toBe(true);
    expect(pageProblems(hostile)).toEqual([]);
  });

  it('shows the injection attempts as text', () => {
    const claimPage = hostile.pages.get(HOSTILE_CLAIM_PAGE)!;
    expect(claimPage.scan.text).toContain(SCRIPT_VALUE);
    expect(claimPage.scan.text).toContain(IMG_IN_BODY);
    expect(claimPage.scan.text).toContain("<script>alert('subject')</script>");
    const sourcePage = hostile.pages.get(HOSTILE_SOURCE_PAGE)!;
    expect(sourcePage.scan.text).toContain(`The page said: ${SCRIPT_VALUE} and then ${IMG_IN_BODY}`);
    expect(sourcePage.scan.text).toContain("{{constructor.constructor('alert(1)')()}} and ${alert(1)}");
    // Astro's content store would have turned this into an image import; pages read the data as validated.
    expect(sourcePage.scan.text).toContain(ASTRO_IMAGE_TEXT);
  });

  it('adds no element from the data: every payload stays text', () => {
    // Were any payload parsed as markup, it would be an element here: a script running
    // alert(), an <img src=x> or an element carrying a handler (on* is refused above).
    const leaks: string[] = [];
    const realNames = new Set([...real.pages.values()].flatMap((p) => p.scan.elements.map((e) => e.name)));
    for (const [file, { scan }] of hostile.pages) {
      for (const e of scan.elements) {
        if (e.name === 'script' && !isJsonLd(e) && /alert\(/.test(e.raw ?? '')) leaks.push(`${file}: <script> running ${e.raw!.slice(0, 40)}`);
        if (e.name === 'img' && attr(e, 'src') === 'x') leaks.push(`${file}: <img src=x>`);
        if (!realNames.has(e.name)) leaks.push(`${file}: <${e.name}>, an element the real site never has`);
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
