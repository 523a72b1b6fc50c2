/**
 * Astro's incremental build keeps a second copy of every page it renders under
 * `<cacheDir>/dist/`, to restore pages when the output folder was emptied. This site never
 * empties its output folder (see prune-output.ts), so the copy is never read, yet writing
 * it doubled the files a cold build creates: at 10,000 claims, 11,000 more folders and
 * files and about 180 MB. Pointing `<cacheDir>/dist` at the output folder makes each copy
 * land on the page itself. A page that has gone missing from the output is then missing
 * from the "cache" too, and Astro renders it again instead of restoring it.
 *
 * If the link cannot be made, Astro keeps its own copies, as it would without this step.
 */
import { lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro keeps the page copies, inside its cacheDir (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_COPIES = 'dist';

export type LinkResult = 'linked' | 'already-linked' | { failed: string };

/** Makes `<cacheDir>/dist` a link to `outDir`, replacing whatever was there. */
export function linkCopiesToOutput(cacheDir: string, outDir: string): LinkResult {
  const link = join(cacheDir, INCREMENTAL_COPIES);
  try {
    mkdirSync(outDir, { recursive: true });
    mkdirSync(cacheDir, { recursive: true });
    let existing: ReturnType<typeof lstatSync> | undefined;
    try {
      existing = lstatSync(link);
    } catch {
      existing = undefined;
    }
    if (existing?.isSymbolicLink() && sameFolder(link, outDir)) return 'already-linked';
    // Copies from before, or a link to another output folder: neither may be written through.
    if (existing) rmSync(link, { recursive: true, force: true });
    // Relative, so moving the whole project keeps the link inside it; a junction on Windows needs no privilege.
    const target = process.platform === 'win32' ? outDir : relative(cacheDir, outDir);
    symlinkSync(target, link, 'junction');
    return sameFolder(link, outDir) ? 'linked' : { failed: `${link} does not lead to ${outDir}` };
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export function shareIncrementalOutput(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  return {
    name: 'crosscheck-share-incremental-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.experimental?.incrementalBuild) return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!cacheDir || !outDir) return;
        const result = linkCopiesToOutput(cacheDir, outDir);
        if (typeof result === 'object') logger.warn(`pages will be written twice (Astro's incremental copies could not be pointed at ${outDir}: ${result.failed})`);
      },
    },
  };
}
