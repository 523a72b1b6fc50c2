/** Builds the site once for the e2e run, or reuses dist/ when CROSSCHECK_E2E_REUSE_DIST=1. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');

export function ensureBuilt(): void {
  if (process.env.CROSSCHECK_E2E_REUSE_DIST === '1' && existsSync(join(DIST, 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${String(result.status)}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
}
