/**
 * Property 1: front matter in any language but YAML fails the check by name, and its
 * code never runs. Each payload, if evaluated (as gray-matter does with `---js`), would
 * set a global and write a canary file; neither may happen, in process or in the CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLAIM, CLI, NODE, REPO, check, lines, project, writeProject } from './helpers.ts';

const CANARY = join(tmpdir(), `crosscheck-hostile-canary-${process.pid}`);
const g = globalThis as { __crosscheckPwned?: unknown };

/** JavaScript that leaves traces if anything evaluates it. */
const payload = `{ subject: (globalThis.__crosscheckPwned = true, process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(CANARY)}, 'pwned'), 'model-x'), property: 'bench-score' }`;

const OPENERS: Array<[string, string]> = [
  ['---js', `---js\n${payload}\n---\n`],
  ['---JS', `---JS\n${payload}\n---\n`],
  ['---javascript', `---javascript\n${payload}\n---\n`],
  ['--- js (space)', `--- js\n${payload}\n---\n`],
  ['---coffee', `---coffee\nsubject: do -> globalThis.__crosscheckPwned = true\n---\n`],
  ['+++ (TOML)', `+++\nsubject = "model-x"\n+++\n`],
  [';;; (JSON)', `;;;\n{"subject": "model-x"}\n;;;\n`],
  ['{ (bare JSON)', `{"subject": "model-x", "property": "bench-score"}\n`],
  ['BOM then ---js', `\ufeff---js\n${payload}\n---\n`],
  ['CRLF ---js', `---js\r\n${payload}\r\n---\r\n`],
];

afterAll(() => rmSync(CANARY, { force: true }));

describe('front matter in another language is refused, never evaluated', () => {
  it('the canary is live: evaluating the payload does write the file', () => {
    rmSync(CANARY, { force: true });
    const run = spawnSync(NODE, ['-e', `(${payload})`], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(readFileSync(CANARY, 'utf8')).toBe('pwned');
    rmSync(CANARY, { force: true });
  });

  for (const [name, text] of OPENERS) {
    it(name, () => {
      rmSync(CANARY, { force: true });
      delete g.__crosscheckPwned;
      const result = check({ [CLAIM]: text });
      expect(lines(result)).toEqual([`${CLAIM}:1:1 frontmatter-language`]);
      const [d] = result.diagnostics;
      expect(d.message).toMatch(/must be YAML/);
      expect(d.hint).toMatch(/never evaluates/);
      expect(result.rejected).toEqual([CLAIM]);
      expect(result.corpus.claims).toEqual([]);
      expect(g.__crosscheckPwned).toBeUndefined();
      expect(existsSync(CANARY)).toBe(false);
    });
  }

  it('a source in ---js is refused too, and the claim quoting it says why', () => {
    const source = `---js\n{ title: (globalThis.__crosscheckPwned = true, 'x'), kind: 'news', archived: true }\n---\nModel X text.\n`;
    const result = check({ 'sources/alpha-news.md': source });
    expect(lines(result)).toEqual(['sources/alpha-news.md:1:1 frontmatter-language', 'sources/alpha-news.md:1:1 source-invalid']);
    expect(g.__crosscheckPwned).toBeUndefined();
  });

  it('the CLI run on every opener at once exits 1, names each file, and writes no canary', () => {
    rmSync(CANARY, { force: true });
    const files = project();
    OPENERS.forEach(([, text], i) => files.push({ path: `claims/model-x/bench-score--v${i}.md`, text }));
    const root = writeProject(files);
    try {
      const run = spawnSync(NODE, [CLI, '--root', root, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      const out = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; rule: string }> };
      const language = out.diagnostics.filter((d) => d.rule === 'frontmatter-language').map((d) => d.file);
      expect(language.sort()).toEqual(OPENERS.map((_, i) => `claims/model-x/bench-score--v${i}.md`).sort());
      expect(existsSync(CANARY)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('no front matter parser that evaluates code is in the code path', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const abs = join(dir, name);
      return statSync(abs).isDirectory() ? sourceFiles(abs) : /\.(ts|mjs|js|astro)$/.test(name) ? [abs] : [];
    });

  it('src/ never imports gray-matter, front-matter or js-yaml', () => {
    const offenders = sourceFiles(join(REPO, 'src')).filter((f) => /from\s+['"](gray-matter|front-matter|js-yaml)['"]|require\(\s*['"](gray-matter|front-matter|js-yaml)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it("Astro never parses claims/ or sources/ itself: no content collections, only the Crosscheck core reads them", () => {
    expect(existsSync(join(REPO, 'src', 'content.config.ts'))).toBe(false);
    expect(existsSync(join(REPO, 'src', 'content', 'config.ts'))).toBe(false);
    const config = readFileSync(join(REPO, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/integrations: \[crosscheck\(\)\]/);
  });
});
