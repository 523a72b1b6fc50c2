/**
 * `astro build` as an asynchronous child process that a test can stop. spawnSync blocks the
 * worker's event loop, so vitest's per-test timeout could never fire during a build; here the
 * build runs in its own process group, and the whole group (Astro, Vite, the build worker) is
 * killed when the test's AbortSignal fires or the build passes its own time limit.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
/** Node 24 from node_modules: the system node is older and cannot run the project's TypeScript. */
export const NODE = join(REPO, 'node_modules', '.bin', 'node');
const ASTRO = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Long enough for a cold build of the real site on two busy cores, short of the build project's test timeout. */
export const BUILD_LIMIT_MS = 240_000;

export interface ChildRun {
  /** Exit code, or null when the process ended by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  /** Stops the child (and everything it started) when aborted: pass the test context's `signal`. */
  signal?: AbortSignal;
  /** Stops the child after this long; the promise then rejects. */
  limitMs?: number;
  env?: Record<string, string>;
}

/** Runs `command` in its own process group and resolves with its exit code and output; rejects if stopped. */
export function runChild(command: string, args: string[], options: ChildOptions): Promise<ChildRun> {
  const { cwd, signal, limitMs = BUILD_LIMIT_MS, env = {} } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error(`${command} ${args.join(' ')} was not started: the test was already aborted`));
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const text = () => ({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });

    let stopped: string | undefined;
    const stop = (why: string) => {
      if (stopped || child.exitCode !== null || child.signalCode !== null) return;
      stopped = why;
      try {
        // The negative pid names the process group: the child and every process it started.
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => stop(`it ran past its limit of ${limitMs / 1000} s`), limitMs);
    const onAbort = () => stop('the test was aborted (timed out or cancelled)');
    signal?.addEventListener('abort', onAbort, { once: true });

    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e) => {
      finish();
      reject(new Error(`${command} could not be started in ${cwd}: ${e.message}`));
    });
    child.on('close', (code) => {
      finish();
      const run = { code, ...text() };
      if (stopped) reject(new Error(`${command} ${args.join(' ')} in ${cwd} was killed: ${stopped}.\n${tail(run)}`));
      else resolve(run);
    });
  });
}

/** The last part of a run's output, for an error message. */
export const tail = (run: ChildRun, chars = 4000) => `${run.stdout.slice(-chars)}\n${run.stderr.slice(-chars)}`.trim();

/** `astro build` in `cwd` with the project's Astro and Node 24, telemetry off and no colour codes in the log. */
export function astroBuild(options: ChildOptions): Promise<ChildRun> {
  return runChild(NODE, [ASTRO, 'build'], { ...options, env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env } });
}

/** `astro build` that must succeed: resolves with the whole log (stdout then stderr), rejects with its tail. */
export async function astroBuildOk(options: ChildOptions): Promise<string> {
  const run = await astroBuild(options);
  if (run.code !== 0) throw new Error(`astro build failed in ${options.cwd} (exit ${run.code}):\n${tail(run)}`);
  return run.stdout + run.stderr;
}
