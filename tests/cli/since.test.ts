import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, git, gitInitAndCommit, runCli, tempDir, writeFiles } from './cli-helpers.ts';

const BETA = '---\ntitle: "Model X, reviewed"\nkind: news\narchived: true\n---\nIn our tests Model X scored 79.1% on Bench.\n';
const BETA_REPORT = '  - source: beta-news\n    value: "79.1%"\n    quote: "scored 79.1% on Bench"\n';

/** Adds a second article and its disagreeing report to the working tree, without committing. */
function addConflict(root: string): void {
  writeFileSync(join(root, 'sources/beta-news.md'), BETA);
  const claim = join(root, 'claims/model-x/bench-score.md');
  writeFileSync(claim, readFileSync(claim, 'utf8').replace('---\nThe vendor', `${BETA_REPORT}---\nThe vendor`));
}

function repo(): string {
  const root = fixtureCopy();
  gitInitAndCommit(root);
  return root;
}

describe('npm run check -- --since <ref>', () => {
  it('reports the uncommitted report, its source and the value-conflict it creates', () => {
    const root = repo();
    addConflict(root);
    const r = runCli('check', ['--root', root, '--since', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Changes since HEAD \([0-9a-f]{12}\): claim 1 changed; report 1 added; source 1 added\./);
    expect(r.stdout).toMatch(/~ model-x\/bench-score {2}Model X · Bench score/);
    expect(r.stdout).toMatch(/\+ report beta-news: "79\.1%" — "scored 79\.1% on Bench" {2}\(claims\/model-x\/bench-score\.md:10\)/);
    expect(r.stdout).toMatch(/\+ beta-news {2}"Model X, reviewed"/);
    expect(r.stdout).toContain('This change creates 1 new flag (1 value-conflict).');
    expect(r.stdout).toMatch(/\+ new value-conflict.*: Model X · Bench score 82\.7% vs 79\.1%/);
    // The working tree is what is compared, and it is left exactly as it was.
    expect(git(root, 'status', '--porcelain')).toBe(' M claims/model-x/bench-score.md\n?? sources/beta-news.md\n');
  });

  it('reports a flag as gone once the change that caused it is undone', () => {
    const root = repo();
    addConflict(root);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'conflict');
    git(root, 'checkout', '-q', 'HEAD~1', '--', 'claims');
    const r = runCli('check', ['--root', root, '--since', 'main']);
    expect(r.stdout).toContain('This change resolves 1 flag (1 value-conflict).');
    expect(r.stdout).toMatch(/- gone value-conflict/);
    expect(r.stdout).toMatch(/- report beta-news/);
  });

  it('adds the diff to the JSON output and to the GitHub job summary, with a notice on the new flag', () => {
    const root = repo();
    addConflict(root);
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const json = runCli('check', ['--root', root, '--since', 'HEAD', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.since.ref).toBe('HEAD');
    expect(report.since.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(report.since.flags.added.map((f: { kind: string }) => f.kind)).toEqual(['value-conflict']);
    expect(report.since.sources.added.map((s: { id: string }) => s.id)).toEqual(['beta-news']);

    const gh = runCli('check', ['--root', root, '--since', 'HEAD', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(gh.code).toBe(0);
    expect(gh.stdout).toMatch(/^::notice file=claims\/model-x\/bench-score\.md,line=10,title=New value-conflict::value-conflict.*Model X · Bench score 82\.7%25 vs 79\.1%25/m);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n')).toBe(true);
    expect(written).toContain('## Crosscheck: changes since `HEAD');
    expect(written).toContain('**This change creates 1 new flag (1 value-conflict).**');
  });

  it('still validates, and still fails, when the working tree has errors', () => {
    const root = repo();
    writeFiles(root, { 'claims/model-x/bench-score.md': readFileSync(join(root, 'claims/model-x/bench-score.md'), 'utf8').replace('82.7%, the', '83.7%, the') });
    const r = runCli('check', ['--root', root, '--since', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[quote-not-found]');
    expect(r.stdout).toContain('Changes since HEAD');
  });

  it('works for a project in a subfolder of a repository, and leaves no temporary files', () => {
    const top = tempDir();
    const root = join(top, 'data');
    mkdirSync(root);
    writeFiles(root, Object.fromEntries(['claims/subjects.yaml', 'claims/properties.yaml', 'claims/model-x/bench-score.md', 'sources/alpha-news.md', 'sources/upstream-blog.md'].map((f) => [f, readFileSync(join(fixtureCopy(), f), 'utf8')])));
    gitInitAndCommit(top);
    addConflict(root);
    const tmp = tempDir();
    const r = runCli('check', ['--root', root, '--since', 'HEAD'], { env: { TMPDIR: tmp } });
    expect(r.stdout).toContain('report 1 added; source 1 added');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('refuses a symlink committed at the ref without following it', () => {
    const root = fixtureCopy();
    symlinkSync('/etc/passwd', join(root, 'sources/linked.md'));
    gitInitAndCommit(root);
    const r = runCli('check', ['--root', root, '--since', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[file-symlink]');
    expect(r.stdout).toContain('no changes to claims, reports, sources or registries');
    expect(r.stdout).not.toContain('root:');
  });
});

describe('--since errors are usage errors (exit 2) with a clear message', () => {
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

  it('for a ref that does not exist', () => {
    const r = runCli('check', ['--root', repo(), '--since', 'origin/main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--since: The git ref "origin\/main" does not exist in this repository\./);
    expect(r.stderr).toContain('fetch-depth: 0');
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });

  it('for a folder that is not in a git repository', () => {
    const r = runCli('check', ['--root', fixtureCopy(), '--since', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not inside a git repository/);
    noStack(r.stderr);
  });

  it('for something that is an option, not a ref', () => {
    const root = repo();
    const r = runCli('check', ['--root', root, '--since=--output=/tmp/crosscheck-pwned']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a git ref');
    noStack(r.stderr);
  });
});
