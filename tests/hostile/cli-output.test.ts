/**
 * Property 12: user text echoed by the real CLI cannot forge a GitHub annotation, a
 * fake line of the text report, or terminal escapes. Runs `node src/cli/check.ts` on a
 * temporary project whose values, quotes and file names carry the attacks.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, NODE, claim, project, writeProject } from './helpers.ts';

const FORGED = '::error file=x::All checks passed';
/** YAML double-quoted escapes put the control characters in the values without putting them in the file. */
const ATTACKS = [
  ['newline', `"\\n${FORGED}"`],
  ['carriage return', `"\\r${FORGED}"`],
  ['percent-encoded newline', `"%0A${FORGED}"`],
  ['line separator', `"\\u2028${FORGED}"`],
  ['escape sequence', `"\\e[2J\\e[32m✔ No errors.\\e[0m"`],
  ['right-to-left override', `"\\u202e${FORGED}"`],
] as const;
const EVIL_NAMES = [`claims/model-x/evil\n${FORGED}.md`, 'claims/model-x/evil\u202edm.md', 'sources/a\r::warning::b.md'];

let root: string;
let diagnosticCount: number;
const run = (format: string) => spawnSync(NODE, [CLI, '--root', root, '--format', format], { encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  const files = project();
  ATTACKS.forEach(([, value], i) => files.push({ path: `claims/model-x/bench-score--v${i}.md`, text: claim({ value, quote: value }) }));
  root = writeProject(files);
  for (const name of EVIL_NAMES) writeFileSync(join(root, name), claim());
  const json = run('json');
  expect(json.status).toBe(1);
  diagnosticCount = (JSON.parse(json.stdout) as { diagnostics: unknown[] }).diagnostics.length;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ANNOTATION = /^::(error|warning) file=[^,\r\n]*,line=\d+,col=\d+,title=[a-z-]+::[^\r\n]*$/;

describe('--format github', () => {
  it('every diagnostic is one well-formed annotation and nothing else starts a workflow command', () => {
    const out = run('github');
    expect(out.status).toBe(1);
    const outLines = out.stdout.split('\n');
    const commands = outLines.filter((l) => l.includes('::'));
    expect(diagnosticCount).toBeGreaterThanOrEqual(ATTACKS.length + EVIL_NAMES.length);
    expect(commands).toHaveLength(diagnosticCount);
    for (const l of commands) expect(l).toMatch(ANNOTATION);
    // No output line can be read by the runner as a command of its own.
    expect(outLines.filter((l) => /^::/.test(l))).toHaveLength(diagnosticCount);
    expect(out.stdout).not.toMatch(/\r|\u2028|\u202e|\u001b/);
  });

  it('no forged annotation names file=x, and the echoed % stays literal', () => {
    const out = run('github').stdout;
    expect(out).not.toMatch(/^::error file=x::/m);
    expect(out).toMatch(/%250A::error file=x::All checks passed/);
  });

  it('file names with line breaks or bidi overrides stay inside their annotation, escaped', () => {
    const out = run('github').stdout;
    expect(out).toContain('::error file=claims/model-x/evil\\n%3A%3Aerror file=x%3A%3AAll checks passed.md,line=1,col=1,title=file-name::');
    expect(out).toContain('::error file=sources/a\\u000d%3A%3Awarning%3A%3Ab.md,line=1,col=1,title=file-name::');
    expect(out).toContain('::error file=claims/model-x/evil\\u202edm.md,line=1,col=1,title=file-name::');
  });
});

describe('--format text', () => {
  it('no line of the report is a forged annotation or a fake success line', () => {
    const out = run('text');
    expect(out.status).toBe(1);
    const outLines = out.stdout.split('\n');
    expect(outLines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(outLines.filter((l) => /^\s*(All checks passed|✔ No errors)/.test(l))).toEqual([]);
    expect(out.stdout).not.toMatch(/\r|\u2028|\u202e|\u001b/);
    expect(out.stdout).toMatch(/✖ \d+ errors?/);
  });

  it('every diagnostic is exactly one report line', () => {
    const outLines = run('text').stdout.split('\n');
    expect(outLines.filter((l) => /^ {2}\S.*:\d+:\d+ {2}(error|warning) {2}/.test(l))).toHaveLength(diagnosticCount);
  });

  it('the escaped forms are visible instead', () => {
    const out = run('text').stdout;
    expect(out).toContain('\\n::error file=x::All checks passed');
    expect(out).toContain('\\u202e');
    expect(out).toContain('claims/model-x/evil\\n::error file=x::All checks passed.md');
  });
});
