/** The child-process runner behind the build tests: output, exit codes, and a stop that takes the whole group. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { NODE, runChild } from './astro-build.ts';
import { useTempDirs } from './temp-dirs.ts';

const temp = useTempDirs('crosscheck-run-child-');

/** A script that starts a grandchild sleeping for a minute, writes its pid to ./pid, and waits for it. */
const PARENT_OF_SLEEPER = `
const { spawn } = require('node:child_process');
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
require('node:fs').writeFileSync('pid', String(sleeper.pid));
sleeper.on('exit', () => process.exit(0));
`;

/** True while `pid` is a live process (a zombie awaiting its reaper counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Polls `check` every 100 ms, at most `tries` times; resolves with its first truthy answer. */
async function poll<T>(check: () => T, tries = 100): Promise<T | undefined> {
  for (let i = 0; i < tries; i++) {
    const v = check();
    if (v) return v;
    await sleep(100);
  }
  return undefined;
}

/** Starts the sleeper in a fresh folder; resolves once the grandchild's pid is known. */
async function startSleeper(options: { signal?: AbortSignal; limitMs?: number }) {
  const cwd = temp();
  const run = runChild(NODE, ['-e', PARENT_OF_SLEEPER], { cwd, ...options });
  const settled = run.then(
    () => 'resolved',
    (e: Error) => e.message,
  );
  const pidFile = join(cwd, 'pid');
  const pid = await poll(() => existsSync(pidFile) && Number(readFileSync(pidFile, 'utf8')), 150);
  if (!pid) throw new Error('the sleeper never started');
  return { pid, settled };
}

describe('runChild', () => {
  it('resolves with the exit code and both streams', async () => {
    const run = await runChild(NODE, ['-e', "console.log('out'); console.error('err'); process.exit(3)"], { cwd: import.meta.dirname });
    expect(run).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('kills the child and its own children when the signal aborts, and rejects saying why', async () => {
    const abort = new AbortController();
    const { pid, settled } = await startSleeper({ signal: abort.signal });
    expect(alive(pid)).toBe(true);
    abort.abort();
    expect(await settled).toMatch(/was killed: the test was aborted/);
    expect(await poll(() => !alive(pid), 50)).toBe(true);
  });

  it('kills the whole group when the run passes its time limit', async () => {
    const { pid, settled } = await startSleeper({ limitMs: 5_000 });
    expect(await settled).toMatch(/was killed: it ran past its limit of 5 s/);
    expect(await poll(() => !alive(pid), 50)).toBe(true);
  });

  it('does not start when the signal has already fired', async () => {
    await expect(runChild(NODE, ['-e', ''], { cwd: import.meta.dirname, signal: AbortSignal.abort() })).rejects.toThrow(/not started/);
  });
});
