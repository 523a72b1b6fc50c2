/**
 * Runs a command as a child process, measuring wall time here and peak memory with
 * GNU time (the largest resident set of the command, including its own children).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NODE = process.execPath;
const TIME = '/usr/bin/time';

export interface Measured {
  ms: number;
  maxRssBytes: number;
  stdout: string;
  stderr: string;
  code: number;
}

export function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const useTime = existsSync(TIME);
  const [bin, argv] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      let maxRssBytes = Number.NaN;
      if (useTime && existsSync(timeFile)) {
        const kb = Number.parseInt(readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '', 10);
        if (Number.isFinite(kb)) maxRssBytes = kb * 1024;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, maxRssBytes, stdout, stderr, code: code ?? 1 });
    });
  });
}

/** Runs a bench child script that prints one JSON line; fails loudly with its stderr otherwise. */
export async function runJson(script: string, args: string[], nodeFlags: string[] = []): Promise<Record<string, number> & { wallMs: number; timeRssBytes: number }> {
  const r = await run(NODE, [...nodeFlags, script, ...args]);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !line.startsWith('{')) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}`);
  return { ...(JSON.parse(line) as Record<string, number>), wallMs: r.ms, timeRssBytes: r.maxRssBytes };
}
