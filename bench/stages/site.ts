/**
 * The real site on a synthetic corpus: a temporary copy of the project's site sources
 * (config, src/, public/) beside the generated claims/ and sources/, so the project the build
 * loads (Astro's root) is the copy. Astro's cache goes inside the copy, never into
 * the shared node_modules.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE, run, type Measured } from '../proc.ts';

const COPIED = ['src', 'public', 'package.json', 'tsconfig.json'];

export function prepareSiteCopy(projectRoot: string, dir: string): void {
  for (const name of COPIED) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  cpSync(join(projectRoot, 'astro.config.mjs'), join(dir, 'astro.config.base.mjs'));
  writeFileSync(join(dir, 'astro.config.mjs'), "import base from './astro.config.base.mjs';\nexport default { ...base, cacheDir: './.bench-cache' };\n");
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** CPU seconds a build's threads used, by kind (thread-cpu.mjs); absent where /proc is not. */
export interface ThreadCpu {
  main: number;
  workers: number;
  v8Helpers: number;
  fileSystem: number;
  other: number;
}

const THREAD_CPU = fileURLToPath(new URL('./thread-cpu.mjs', import.meta.url));

export const DROP_CACHES = '/proc/sys/vm/drop_caches';

/**
 * Flushes dirty pages and drops the kernel's page cache (`--drop-caches`), so that a build does
 * not pay for the files earlier builds wrote and removed. Throws, naming the option, where
 * that is not allowed (not Linux, or not root).
 */
export function dropPageCache(control = DROP_CACHES): void {
  spawnSync('sync');
  try {
    writeFileSync(control, '1');
  } catch (error) {
    throw new Error(`--drop-caches could not write ${control} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): it needs Linux and root. Run the benchmark without --drop-caches, or as root.`, { cause: error });
  }
}

/** What a build writes: removed before a cold build, never read back in by warmInputs. */
const OUTPUTS = ['dist', '.astro'];

/**
 * Reads every file a build in `dir` may read (its inputs, its caches and, through the link,
 * node_modules), so that after dropPageCache the build finds them in memory, as builds without
 * `--drop-caches` do: dropping the cache is meant to remove what earlier builds left, not to
 * measure reads from disk. Returns the bytes read.
 */
export function warmInputs(dir: string): number {
  let bytes = 0;
  // Links are followed (node_modules is one), each folder once: a link cycle ends there.
  const seen = new Set<string>();
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isFile()) bytes += readFileSync(path).byteLength;
    if (!stat.isDirectory()) return;
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(real)) visit(join(real, name));
  };
  for (const name of readdirSync(dir)) if (!OUTPUTS.includes(name)) visit(join(dir, name));
  return bytes;
}

/**
 * Builds with the installed astro; `cold` first removes every output and cache of earlier builds.
 * Dirty pages are flushed to disk first (`sync`), so one build's writes are not paid for by the
 * next: this machine's disk is slow enough that they were; with `dropCaches` the page cache is
 * dropped too, then the build's inputs are read back in (warmInputs). Each build's CPU by kind
 * of thread comes back as `cpu` (thread-cpu.mjs).
 */
export async function astroBuild(projectRoot: string, dir: string, cold: boolean, dropCaches = false): Promise<Measured & { cpu?: ThreadCpu }> {
  // A cold build also starts without the caches (.bench-cache), which a warm one reads.
  if (cold) for (const d of [...OUTPUTS, '.bench-cache']) rmSync(join(dir, d), { recursive: true, force: true });
  if (dropCaches) {
    dropPageCache();
    warmInputs(dir);
  } else spawnSync('sync');
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
  const cpuFile = join(tmp, 'cpu.json');
  try {
    const r = await run(NODE, ['--max-old-space-size=16384', '--import', THREAD_CPU, astro, 'build', '--silent'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', THREAD_CPU_FILE: cpuFile },
    });
    if (r.code !== 0) throw new Error(`astro build in ${dir} failed (exit ${r.code}):\n${(r.stderr || r.stdout).slice(-3000)}`);
    return existsSync(cpuFile) ? { ...r, cpu: JSON.parse(readFileSync(cpuFile, 'utf8')) as ThreadCpu } : r;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function bareConfig(dir: string): void {
  const path = join(dir, 'astro.config.mjs');
  const text = readFileSync(path, 'utf8');
  if (!text.includes('cacheDir')) writeFileSync(path, text.replace("output: 'static'", "output: 'static', cacheDir: './.bench-cache'"));
}
