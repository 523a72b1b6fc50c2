import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spotResultSchema, type Finding } from '../../src/core/spot/index.ts';
import { decide, parseAccept, readAnswer } from '../../src/cli/spot-write.ts';
import { NODE, REPO, runCli, tempDir } from './cli-helpers.ts';

const NEWSPAPER = join(REPO, 'tests', 'fixtures', 'spot', 'newspaper');

function copy(): string {
  const dir = tempDir('crosscheck-spot-');
  cpSync(NEWSPAPER, dir, { recursive: true });
  return dir;
}

describe('npm run spot', () => {
  it('prints findings as JSON in the documented shape, every quote and value verbatim', () => {
    const r = runCli('spot', ['sources/daily-ledger-aurora.md', '--format', 'json', '--root', NEWSPAPER]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = spotResultSchema.parse(JSON.parse(r.stdout));
    expect(result.source).toBe('daily-ledger-aurora');
    const body = readFileSync(join(NEWSPAPER, 'sources', 'daily-ledger-aurora.md'), 'utf8');
    for (const f of result.findings) {
      expect(body).toContain(f.quote);
      expect(f.quote).toContain(f.value);
    }
    const conflict = result.findings.find((f) => f.value === '63.5%');
    expect(conflict).toMatchObject({ type: 'percent', subject: 'aurora-2', property: 'swe-bench-pro', claim: 'aurora-2/swe-bench-pro', relation: 'conflicts', against: [{ source: 'wire-brief', value: '61.2%' }] });
    expect(conflict!.line).toBe(10);
  });

  it('prints a readable list by default', () => {
    const r = runCli('spot', ['daily-ledger-aurora', '--root', NEWSPAPER]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sources\/daily-ledger-aurora\.md: \d+ figures \(/);
    expect(r.stdout).toContain('sources/daily-ledger-aurora.md:10:130  "63.5%" percent  CONFLICTS  aurora-2/swe-bench-pro');
  });

  it('says in one line why a source cannot be spotted', () => {
    const missing = runCli('spot', ['sources/nope.md', '--root', NEWSPAPER]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^✖ sources\/nope\.md does not exist\. .*$/);
    const dir = copy();
    writeFileSync(join(dir, 'sources', 'upstream.md'), '---\ntitle: "Upstream"\nkind: news\ncites: []\narchived: false\n---\n');
    const unarchived = runCli('spot', ['sources/upstream.md', '--root', dir]);
    expect(unarchived.code).toBe(1);
    expect(unarchived.stderr).toContain('is not archived');
    expect(unarchived.stderr).not.toContain('    at ');
  });

  it('refuses bad usage with exit 2', () => {
    expect(runCli('spot', ['--root', NEWSPAPER]).code).toBe(2);
    expect(runCli('spot', ['x', '--format', 'xml']).code).toBe(2);
    const noAccept = runCli('spot', ['sources/daily-ledger-aurora.md', '--write', '--root', NEWSPAPER]);
    expect(noAccept.code).toBe(2);
    expect(noAccept.stderr).toContain('--accept');
    expect(runCli('spot', ['sources/daily-ledger-aurora.md', '--write', '--accept', 'maybe', '--root', NEWSPAPER]).code).toBe(2);
  });

  it('--write --accept adds the accepted findings as reports, prints the changes, and the project still passes the check', () => {
    const dir = copy();
    const r = runCli('spot', ['sources/daily-ledger-aurora.md', '--write', '--accept', 'new,conflicts', '--root', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote \d+ reports from daily-ledger-aurora\./);
    expect(r.stdout).toContain('Changes since before spot');
    expect(r.stdout).toContain('claims/aurora-2/api-price-output.md');
    const added = readFileSync(join(dir, 'claims', 'aurora-2', 'swe-bench-pro.md'), 'utf8');
    expect(added).toContain('source: daily-ledger-aurora');
    expect(added).toContain('value: "63.5%"');
    expect(runCli('check', ['--root', dir]).code).toBe(0);
    // Spotting again finds the written figures recorded.
    const again = JSON.parse(runCli('spot', ['sources/daily-ledger-aurora.md', '--format', 'json', '--root', dir]).stdout) as { findings: Finding[] };
    expect(again.findings.find((f) => f.value === '63.5%')).toMatchObject({ relation: 'conflicts', recorded: true });
  });
});

describe('spot --write decisions', () => {
  const finding = (over: Partial<Finding>): Finding => ({ line: 1, column: 1, quote: 'q', value: '1%', entry: '1%', type: 'percent', subject: 's', property: 'p', claim: 's/p', relation: 'new', ...over });
  it('takes --accept, or the answer given, and never writes an unmatched or recorded finding', () => {
    const accept = (parseAccept('new, conflicts') as { accept: Set<Finding['relation']> }).accept;
    expect(decide(finding({ relation: 'new' }), accept)).toBe('yes');
    expect(decide(finding({ relation: 'agrees' }), accept)).toBe('no');
    expect(decide(finding({ relation: 'unmatched', claim: undefined }), accept, 'yes')).toBe('no');
    expect(decide(finding({ recorded: true }), accept, 'yes')).toBe('no');
    expect(decide(finding({ relation: 'agrees' }), undefined, 'quit')).toBe('quit');
    expect(parseAccept('unmatched').ok).toBe(false);
    expect(['y', 'N', '', 'q', 'maybe'].map(readAnswer)).toEqual(['yes', 'no', 'no', 'quit', undefined]);
  });
});

describe('spot --write in a terminal', () => {
  // tmux gives the command a real terminal; the test types an answer each time a question is on screen.
  const tmux = ['/usr/bin/tmux', '/bin/tmux'].find((p) => existsSync(p));
  it.skipIf(!tmux)('asks y/n/q per finding after listing them, and writes only the yes', () => {
    const dir = copy();
    const socket = `crosscheck-spot-${process.pid}`;
    const t = (...args: string[]) => spawnSync(tmux!, ['-L', socket, ...args], { encoding: 'utf8' });
    const screen = () => t('capture-pane', '-p', '-S', '-200', '-t', 'spot').stdout;
    const waitFor = (done: (text: string) => boolean) => {
      for (let i = 0; i < 300; i++) {
        const text = screen();
        if (done(text)) return text;
        spawnSync('sleep', ['0.1']);
      }
      throw new Error(`timed out; screen:\n${screen()}`);
    };
    const asked = (n: number) => (text: string) => text.split('Add as a report? y/n/q').length - 1 >= n;
    const cmd = `NO_COLOR=1 ${NODE} ${join(REPO, 'src', 'cli', 'spot.ts')} sources/daily-ledger-aurora.md --write --root ${dir}; echo EXIT=$?; sleep 60`;
    try {
      t('new-session', '-d', '-s', 'spot', '-x', '220', '-y', '60', cmd);
      waitFor(asked(1));
      t('send-keys', '-t', 'spot', 'y', 'Enter');
      waitFor(asked(2));
      t('send-keys', '-t', 'spot', 'n', 'Enter');
      waitFor(asked(3));
      t('send-keys', '-t', 'spot', 'q', 'Enter');
      const end = waitFor((text) => /EXIT=\d/.test(text));
      expect(end).toContain('EXIT=0');
      expect(end).toContain('Wrote 1 report from daily-ledger-aurora.');
    } finally {
      t('kill-server');
    }
    expect(readFileSync(join(dir, 'claims', 'aurora-2', 'swe-bench-pro.md'), 'utf8')).toContain('source: daily-ledger-aurora');
    expect(runCli('check', ['--root', dir]).code).toBe(0);
  });
});
