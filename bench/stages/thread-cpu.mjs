/**
 * Preloaded into a measured build (`node --import`): on exit, writes the CPU seconds its
 * threads used, summed by kind, as JSON to THREAD_CPU_FILE. Linux only (/proc); elsewhere it
 * writes nothing.
 *
 * Why: wall time alone does not say where a build's time goes. On a 2-core machine the main
 * thread (Astro renders every page there), the build's worker threads, V8's helper threads
 * (concurrent garbage collection) and libuv's pool (file system calls) share two cores, and a
 * change can move work from one to another, or remove some, without moving the wall time.
 *
 * Threads are sampled every 250 ms, so a thread that ends between samples loses at most that
 * much of its time.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.THREAD_CPU_FILE;
const TASKS = '/proc/self/task';

if (isMainThread && out && existsSync(TASKS)) {
  const ticks = 100; // USER_HZ on Linux
  /** Latest CPU seconds of every thread seen, by thread id. */
  const seen = new Map();
  const kindOf = (tid, name) => {
    if (tid === String(process.pid)) return 'main';
    if (name.startsWith('V8Worker')) return 'v8Helpers';
    if (name.startsWith('WorkerThread')) return 'workers';
    if (name.startsWith('libuv-worker')) return 'fileSystem';
    return 'other';
  };
  const sample = () => {
    for (const tid of readdirSync(TASKS)) {
      try {
        const stat = readFileSync(`${TASKS}/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the name.
        seen.set(tid, { kind: kindOf(tid, name), seconds: (Number(fields[11]) + Number(fields[12])) / ticks });
      } catch {
        // The thread ended between the listing and the read: its last sample stands.
      }
    }
  };
  setInterval(sample, 250).unref();
  process.on('exit', () => {
    sample();
    const by = { main: 0, workers: 0, v8Helpers: 0, fileSystem: 0, other: 0 };
    for (const { kind, seconds } of seen.values()) by[kind] += seconds;
    writeFileSync(out, JSON.stringify(by));
  });
}
