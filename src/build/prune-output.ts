/**
 * Keeps `dist/` from being emptied before each build (deleting and restoring ten thousand
 * unchanged pages was the largest cost of a rebuild) without leaving stale pages behind:
 * after the build, every file that this build neither wrote nor kept as an unchanged page
 * is removed, then every folder left empty. The result is the same tree a build into an
 * empty folder gives.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Removes files under `dir` older than `since` that are not in `keep`, leaving alone the
 * paths in `owned` (written and cleaned by another step, perhaps still being written);
 * returns how many it removed.
 */
export function pruneStale(dir: string, keep: ReadonlySet<string>, since: number, owned: ReadonlySet<string> = new Set()): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (owned.has(path)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed += 1;
      } else {
        empty = false;
      }
    }
    return empty;
  };
  walk(dir);
  return removed;
}

export interface PruneOptions {
  /** Paths relative to the output folder that another step owns (files or whole folders). */
  owned?: readonly string[];
  /** Files from earlier builds that are pages of this one too (unchanged pages left in place). */
  kept?: () => Iterable<string>;
}

export function pruneStaleOutput(options: PruneOptions = {}): AstroIntegration {
  // Without a start time nothing counts as stale.
  let started = Number.NEGATIVE_INFINITY;
  return {
    name: 'crosscheck-prune-stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Astro lists the pages it wrote in `assets`; unchanged pages it was not asked to
        // render are old files that must stay all the same.
        const keep = new Set<string>(options.kept?.() ?? []);
        for (const urls of assets.values()) for (const url of urls) keep.add(fileURLToPath(url));
        const root = fileURLToPath(dir);
        const owned = new Set((options.owned ?? []).map((p) => join(root, p)));
        const removed = pruneStale(root, keep, started, owned);
        if (removed > 0) logger.info(`removed ${removed} file(s) that earlier builds left and this one did not produce`);
      },
    },
  };
}
