import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const lockText = readFileSync('package-lock.json', 'utf8');
const run = (path: string) => execFileSync(process.execPath, ['scripts/lock-foreign-optionals.mjs', path], { encoding: 'utf8' });

/** Entries only lock:fix writes: other platforms' optional packages, never downloaded here. */
const foreign = (lock: { packages: Record<string, { optional?: boolean; os?: string[]; cpu?: string[] }> }) =>
  Object.keys(lock.packages).filter((k) => {
    const e = lock.packages[k] as { optional?: boolean; os?: string[]; cpu?: string[]; integrity?: string };
    if (e.integrity) return false;
    return e.optional && (e.os ?? []).concat(e.cpu ?? []).length > 0 && !(e.os ?? ['linux']).includes('linux');
  });

describe('scripts/lock-foreign-optionals.mjs', () => {
  it('leaves the committed lock byte for byte as it is (npm install writes the same)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, 'package-lock.json'), lockText);
    run(join(dir, 'package-lock.json'));
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(lockText);
  });

  it('writes the entries it restores in the key order npm uses, so a later npm install does not rewrite them', () => {
    const lock = JSON.parse(lockText);
    const gone = foreign(lock);
    expect(gone.length).toBeGreaterThan(5);
    for (const k of gone) delete lock.packages[k];
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    expect(run(join(dir, 'package-lock.json'))).toContain(`Recorded ${gone.length} optional`);
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(lockText);
  });
});

describe('npm settings for a readable install', () => {
  it('approves the two install scripts the project needs (node installs Node 24), so npm neither warns nor, later, blocks them', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.allowScripts).toEqual({ esbuild: true, node: true });
  });

  it('shows npm errors only, since every engine warning concerns a Node that never runs the packages', () => {
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^loglevel=error$/m);
  });
});
