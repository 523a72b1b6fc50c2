import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const PRELOAD = fileURLToPath(new URL('../../bench/stages/thread-cpu.mjs', import.meta.url));

// Each thread spins until it has used 300 ms of its own CPU (process.threadCpuUsage), so the
// expected figures come from CPU time, not from the clock.
const SPIN = `
const spin = () => { const t0 = process.threadCpuUsage(); let n = 0; while (process.threadCpuUsage(t0).user < 300_000) n++; return n; };
const { Worker } = require('node:worker_threads');
const w = new Worker('const spin = ' + spin.toString() + '; spin();', { eval: true });
w.on('exit', () => spin());
`;

describe('bench: CPU by kind of thread', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!existsSync('/proc/self/task'))('counts the main thread and a worker thread apart', () => {
    dir = mkdtempSync(join(tmpdir(), 'thread-cpu-'));
    const out = join(dir, 'cpu.json');
    const r = spawnSync(process.execPath, ['--import', PRELOAD, '-e', SPIN], { env: { ...process.env, THREAD_CPU_FILE: out }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const cpu = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
    expect(Object.keys(cpu).sort()).toEqual(['fileSystem', 'main', 'other', 'v8Helpers', 'workers']);
    // /proc counts in 10 ms ticks.
    expect(cpu.main).toBeGreaterThanOrEqual(0.28);
    expect(cpu.workers).toBeGreaterThanOrEqual(0.28);
  });

  it('writes nothing unless asked to', () => {
    dir = mkdtempSync(join(tmpdir(), 'thread-cpu-'));
    const r = spawnSync(process.execPath, ['--import', PRELOAD, '-e', '1'], { cwd: dir, env: { ...process.env, THREAD_CPU_FILE: '' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });
});
