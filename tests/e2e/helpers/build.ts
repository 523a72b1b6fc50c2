/** Builds the site once for the e2e run, or reuses dist/ when CROSSCHECK_E2E_REUSE_DIST=1. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildOk, type ChildOptions } from '../../helpers/astro-build.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');

/** `astro build` in the project itself (what `npm run build` runs), stoppable by `stop` as tests/helpers/astro-build.ts says. */
export async function ensureBuilt(stop: Omit<ChildOptions, 'cwd'> = {}): Promise<void> {
  if (process.env.CROSSCHECK_E2E_REUSE_DIST === '1' && existsSync(join(DIST, 'index.html'))) return;
  await astroBuildOk({ cwd: ROOT, ...stop });
}
