/**
 * Keeps `dist/` from being emptied before each build (deleting and restoring ten thousand
 * unchanged pages was the largest cost of a rebuild) without leaving stale pages behind:
 * after the build, every file that this build neither wrote nor kept as an unchanged page
 * is removed, then every folder left empty. The result is the same tree a build into an
 * empty folder gives.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

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
