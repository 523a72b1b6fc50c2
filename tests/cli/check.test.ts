import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, REPO, fixtureCopy, runCli } from './cli-helpers.ts';

const BAD_QUOTE = `---
subject: model-x
property: bench-score
reports:
  - source: alpha-news
    value: "82.7%"
    quote: "it scores 83.7%"
---
`;
/** A second file with its own error, so grouping by file can be seen. */
const BAD_SOURCE = `---
title: "Model X launches"
kind: newz
archived: true
---
Model X launched.
`;

const ANSI = /\u001b\[/;

describe('npm run check (text)', () => {
  it('passes a valid project with exit 0 and a summary, uncoloured when not on a TTY', () => {
    const r = runCli('check', ['--root', fixtureCopy()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ No errors.');
    expect(r.stdout).toMatch(/files read: \d+ valid, 0 invalid/);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).toBe('');
  });

  it('fails with exit 1, grouping problems under each file with path:line:col, rule and hint', () => {
    const root = fixtureCopy({ 'claims/model-x/bench-score.md': BAD_QUOTE, 'sources/beta-news.md': BAD_SOURCE });
    const r = runCli('check', ['--root', root]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const header = (file: string) => lines.indexOf(file);
    const claimAt = header('claims/model-x/bench-score.md');
    const sourceAt = header('sources/beta-news.md');
    // Sources come first: a source's own errors explain the claim errors they cause.
    expect(sourceAt).toBeGreaterThanOrEqual(0);
    expect(claimAt).toBeGreaterThan(sourceAt);
    // Each file's diagnostics sit under its header, with the position, the rule and a hint line.
    expect(lines[claimAt + 1]).toMatch(/^ {2}claims\/model-x\/bench-score\.md:7:12 {2}error {2}The quote "it scores 83\.7%" does not occur .* {2}\[quote-not-found\]$/);
    expect(lines[claimAt + 2]).toMatch(/^ {4}→ Copy the exact sentence from sources\/alpha-news\.md/);
    expect(lines[sourceAt + 1]).toMatch(/^ {2}sources\/beta-news\.md:3:7 {2}error {2}.*\[schema-invalid\]$/);
    expect(r.stdout.split('\n').filter((l) => l === 'claims/model-x/bench-score.md')).toHaveLength(1);
    expect(r.stdout).toMatch(/✖ 2 errors\. Fix them and run `npm run check` again\./);
    expect(r.stdout).not.toMatch(ANSI);
  });

  // util-linux `script` gives the command a pseudo-terminal, as a contributor's shell would.
  it.skipIf(!existsSync('/usr/bin/script'))('colours its output on a terminal, unless NO_COLOR is set', () => {
    const root = fixtureCopy({ 'claims/model-x/bench-score.md': BAD_QUOTE });
    const onTty = (env: string) =>
      spawnSync('/usr/bin/script', ['-qec', `${env} '${NODE}' '${join(REPO, 'src/cli/check.ts')}' --root '${root}'`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 }).stdout;
    const coloured = onTty('env');
    expect(coloured).toMatch(/\u001b\[31merror\u001b\[0m/);
    expect(coloured).toContain('quote-not-found');
    const plain = onTty('env NO_COLOR=1');
    expect(plain).toContain('quote-not-found');
    expect(plain).not.toMatch(ANSI);
  });

  it('exits 2 on bad usage, with the usage text and no stack trace', () => {
    for (const args of [['--format', 'xml'], ['--bogus'], ['--since']]) {
      const r = runCli('check', args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: npm run check');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints the usage with --help and exits 0', () => {
    const r = runCli('check', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--since');
  });
});

describe('npm run check -- --format github', () => {
  it('emits one ::error annotation per problem with file, line, col and rule', () => {
    const root = fixtureCopy({ 'claims/model-x/bench-score.md': BAD_QUOTE });
    const r = runCli('check', ['--root', root, '--format', 'github']);
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error file=claims\/model-x\/bench-score\.md,line=7,col=12,title=quote-not-found::The quote "it scores 83\.7%25" does not occur/);
  });

  it('escapes %, newlines, ":" and "," so user data cannot forge a second command', () => {
    const quote = 'it scores 90%\n::error file=x::forged';
    const root = fixtureCopy({
      'claims/model-x/bench-score.md': BAD_QUOTE.replace('"it scores 83.7%"', JSON.stringify(quote)),
      // A path with ":" and "," (refused as a location) exercises the property escaping.
      'claims/a,b:c/d/e.md': '---\n---\n',
    });
    const r = runCli('check', ['--root', root, '--format', 'github']);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.map((a) => a.slice(0, a.indexOf(' ')))).toEqual(['::error', '::error']);
    expect(annotations.some((a) => a.startsWith('::error file=claims/a%2Cb%3Ac/d/e.md,line=1,col=1,title=file-location::'))).toBe(true);
    const quoteLine = annotations.find((a) => a.includes('quote-not-found'))!;
    expect(quoteLine).toContain('90%25');
    expect(quoteLine).not.toContain('\n');
    expect(r.stdout).not.toMatch(/^::error file=x/m);
  });

  it('emits no annotations and exits 0 for a valid project', () => {
    const r = runCli('check', ['--root', fixtureCopy(), '--format', 'github']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::/m);
  });
});

describe('npm run check -- --format json', () => {
  it('prints only parseable JSON with ok, stats, diagnostics and flags', () => {
    const bad = runCli('check', ['--root', fixtureCopy({ 'claims/model-x/bench-score.md': BAD_QUOTE }), '--format', 'json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: 'claims/model-x/bench-score.md', line: 7, col: 12, rule: 'quote-not-found', severity: 'error' })]);
    expect(report.stats.claims).toEqual({ read: 1, valid: 0, invalid: 1 });

    const good = JSON.parse(runCli('check', ['--root', fixtureCopy(), '--format', 'json']).stdout);
    expect(good.ok).toBe(true);
    expect(good.diagnostics).toEqual([]);
    expect(Array.isArray(good.flags)).toBe(true);
  });

  it('lists the claims a source with errors keeps off, which have no diagnostic of their own', () => {
    const r = JSON.parse(runCli('check', ['--root', fixtureCopy({ 'sources/alpha-news.md': BAD_SOURCE }), '--format', 'json']).stdout);
    expect(r.heldBySources).toEqual({ claims: ['claims/model-x/bench-score.md'], reports: 1 });
    expect(r.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['sources/alpha-news.md schema-invalid', 'sources/alpha-news.md source-invalid']);
  });

  it('lists flags with their stable ids', () => {
    const root = fixtureCopy();
    const claim = join(root, 'claims/model-x/bench-score.md');
    // A second article with another score for the same claim makes a value-conflict.
    writeFileSync(join(root, 'sources/beta-news.md'), '---\ntitle: "Model X, reviewed"\nkind: news\narchived: true\n---\nIn our tests Model X scored 79.1% on Bench.\n');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('---\nThe vendor', '  - source: beta-news\n    value: "79.1%"\n    quote: "scored 79.1% on Bench"\n---\nThe vendor'));
    const r = runCli('check', ['--root', root, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.flags).toEqual([expect.objectContaining({ kind: 'value-conflict', claims: ['model-x/bench-score'], sources: ['alpha-news', 'beta-news'] })]);
    expect(report.flags[0].id).toMatch(/^value-conflict--/);
    // The same input gives the same id.
    expect(JSON.parse(runCli('check', ['--root', root, '--format', 'json']).stdout).flags[0].id).toBe(report.flags[0].id);
  });
});

describe('robustness', () => {
  it('reports an empty folder as missing registries, not a crash', () => {
    const root = fixtureCopy();
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const r = runCli('check', ['--root', empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[registry-missing]');
    expect(r.stderr).toBe('');
  });
});
