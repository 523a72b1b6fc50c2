/**
 * Property 3: a file over the size cap, a symlink, a pipe, a bad name or location, or
 * bytes that are not text fail before any parser sees them, naming the file and the rule.
 * Every refused file here carries a `---js` payload: if it were parsed, the diagnostic
 * would be frontmatter-language instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/parse/files.ts';
import { validateProject } from '../../src/core/validate.ts';
import { readProjectFiles } from '../../src/node/read-project.ts';
import { CLAIM, CLI, NODE, check, claim, lines, project, writeProject } from './helpers.ts';

const HOSTILE = "---js\n{ subject: (globalThis.__crosscheckPwned = true, 'model-x') }\n---\n";
const roots: string[] = [];
const tempProject = (extra: Record<string, string> = {}) => {
  const files = project(extra);
  const root = writeProject(files);
  roots.push(root);
  return root;
};
afterEach(() => {
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

describe('size cap', () => {
  it('a claim over the cap fails as file-too-large, unparsed', () => {
    const text = HOSTILE + 'x'.repeat(MAX_FILE_BYTES);
    expect(lines(check({ 'claims/model-x/huge.md': text }))).toEqual(['claims/model-x/huge.md:1:1 file-too-large']);
  });

  it('the cap counts bytes, not characters (multi-byte text)', () => {
    const text = HOSTILE + 'é'.repeat(MAX_FILE_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(lines(check({ 'sources/huge.md': text }))).toEqual(['sources/huge.md:1:1 file-too-large']);
  });

  it('on disk, an oversized file is named without being read', () => {
    const root = tempProject({ 'sources/huge.md': HOSTILE + 'x'.repeat(MAX_FILE_BYTES) });
    const files = readProjectFiles(root);
    const huge = files.find((f) => f.path === 'sources/huge.md')!;
    expect(huge.text).toBe('');
    expect(huge.size).toBeGreaterThan(MAX_FILE_BYTES);
    const result = validateProject(files);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'sources/huge.md', rule: 'file-too-large', message: expect.stringContaining(String(MAX_FILE_BYTES)) })]);
  });
});

describe('symlinks and special files, on a real file system', () => {
  it('a symlinked claim is refused without following it', () => {
    const root = tempProject();
    writeFileSync(join(root, 'outside.md'), HOSTILE);
    symlinkSync(join(root, 'outside.md'), join(root, 'claims/model-x/link.md'));
    const files = readProjectFiles(root);
    expect(files.find((f) => f.path === 'claims/model-x/link.md')).toMatchObject({ symlink: true, text: '' });
    expect(lines(validateProject(files))).toEqual(['claims/model-x/link.md:1:1 file-symlink']);
  });

  it('a symlink pointing outside the project (/etc) is refused', () => {
    const root = tempProject();
    symlinkSync('/etc/passwd', join(root, 'sources/passwd.md'));
    symlinkSync('/etc', join(root, 'claims/etc'));
    expect(lines(validateProject(readProjectFiles(root)))).toEqual(['claims/etc:1:1 file-symlink', 'sources/passwd.md:1:1 file-symlink']);
  });

  it('a symlinked sources/ folder is refused as a whole', () => {
    const root = tempProject();
    const elsewhere = writeProject([{ path: 'sources/alpha-news.md', text: HOSTILE }]);
    roots.push(elsewhere);
    rmSync(join(root, 'sources'), { recursive: true });
    symlinkSync(join(elsewhere, 'sources'), join(root, 'sources'));
    const result = validateProject(readProjectFiles(root));
    expect(lines(result)).toContain('sources:1:1 file-symlink');
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('frontmatter-language');
  });

  it('the CLI refuses a symlink and exits 1', () => {
    const root = tempProject();
    symlinkSync('/etc/hostname', join(root, 'claims/model-x/link.md'));
    const run = spawnSync(NODE, [CLI, '--root', root], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/claims\/model-x\/link\.md:1:1 {2}error {2}This file is a symbolic link.*\[file-symlink\]/);
  });

  it('a named pipe is reported, never opened (reading it would hang)', () => {
    const root = tempProject();
    const made = spawnSync('mkfifo', [join(root, 'sources/pipe.md')], { timeout: 10_000 });
    if (made.status !== 0) return expect.fail('mkfifo is needed for this test');
    expect(lines(validateProject(readProjectFiles(root)))).toEqual(['sources/pipe.md:1:1 file-not-regular']);
  });

  it('folders nested deeper than any valid path are reported, not walked', () => {
    const root = tempProject();
    mkdirSync(join(root, 'claims/a/b/c/d'), { recursive: true });
    writeFileSync(join(root, 'claims/a/b/c/d/e.md'), HOSTILE);
    expect(lines(validateProject(readProjectFiles(root)))).toEqual(['claims/a/b/c/d:1:1 file-location']);
  });
});

describe('file names and locations', () => {
  const NAMES: Array<[string, string]> = [
    ['claims/model-x/Bench-Score.md', 'file-name'],
    ['claims/model-x/bench_score.md', 'file-name'],
    ['claims/model-x/bench-score.MD', 'file-name'],
    ['claims/model-x/bench-score.md.txt', 'file-name'],
    ['claims/Model-X/bench-score.md', 'file-name'],
    ['sources/-leading-dash.md', 'file-name'],
    ['sources/.hidden.md', 'file-name'],
    ['sources/über.md', 'file-name'],
    ['sources/two words.md', 'file-name'],
    ['sources/alpha\u200b-news.md', 'file-name'],
    ['sources/evil\u202egnp.md', 'file-name'],
    ['sources/line\nbreak.md', 'file-name'],
    ['claims/bench-score.md', 'file-location'],
    ['claims/model-x/sub/bench-score.md', 'file-location'],
    ['sources/nested/alpha-news.md', 'file-location'],
    ['claims\\model-x\\bench-score.md', 'file-location'],
    ['claims/subjects.yml', 'file-location'],
  ];
  for (const [path, rule] of NAMES) {
    it(`${JSON.stringify(path)} fails as ${rule}, unparsed`, () => {
      const result = check({ [path]: HOSTILE });
      expect(lines(result)).toEqual([`${path}:1:1 ${rule}`]);
      expect(result.rejected).toEqual([path]);
      // The name is echoed escaped, so it cannot hide or reorder text in the report.
      const echoed = result.diagnostics[0].message;
      expect(echoed).not.toMatch(/[\n\u200b\u202e]/);
    });
  }

  it('on disk, a badly named file is still found and named', () => {
    const root = tempProject({ 'claims/model-x/Bench_Score.md': claim() });
    expect(lines(validateProject(readProjectFiles(root)))).toEqual(['claims/model-x/Bench_Score.md:1:1 file-name']);
  });
});

describe('bytes that are not text', () => {
  it('a NUL byte fails as file-encoding at its position', () => {
    const text = claim({ body: 'Fine line.\nBad \u0000 here.' });
    const result = check({ [CLAIM]: text });
    expect(lines(result)).toEqual([`${CLAIM}:10:5 file-encoding`]);
    expect(result.diagnostics[0].message).toMatch(/U\+0000.*NUL/);
  });

  it('an escape character fails as file-encoding', () => {
    expect(lines(check({ [CLAIM]: claim({ value: '"82.7%\u001b[2J"' }) }))).toEqual([`${CLAIM}:6:18 file-encoding`]);
  });

  it('invalid UTF-8 on disk fails as file-encoding, not as a mangled parse', () => {
    const root = tempProject();
    writeFileSync(join(root, 'sources/latin1.md'), Buffer.concat([Buffer.from('---\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from('"\nkind: news\narchived: false\n---\n')]));
    const files = readProjectFiles(root);
    expect(files.find((f) => f.path === 'sources/latin1.md')?.invalidUtf8).toBe(true);
    expect(lines(validateProject(files))).toEqual(['sources/latin1.md:1:1 file-encoding']);
  });

  it('a UTF-8 BOM is fine and keeps positions', () => {
    const result = check({ [CLAIM]: `\ufeff${claim({ value: '"82.7 percent points"' })}` });
    expect(lines(result)).toEqual([`${CLAIM}:6:12 value-unparseable`]);
  });
});
