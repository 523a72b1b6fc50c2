/**
 * Opens the page cache (src/build/page-cache.ts) when a build starts and records the build's
 * page keys when it succeeds. `pruneStaleOutput` asks `keptPageFiles()` which old files are
 * still pages of this build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { activePageCache, codeFingerprint, openPageCache, setActivePageCache } from './page-cache.ts';

export function keptPageFiles(): string[] {
  return activePageCache()?.kept() ?? [];
}

export function crosscheckPageCache(): AstroIntegration {
  let building = false;
  let usable = false;
  let root = '';
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'crosscheck-page-cache',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        // Kept pages are found as <path>/index.html.
        usable = building && config.build.format === 'directory';
      },
      'astro:build:start': () => {
        setActivePageCache(usable ? openPageCache(cacheDir, outDir, codeFingerprint(root)) : undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const cache = activePageCache();
        if (!cache) return;
        await cache.save();
        const kept = cache.kept().length;
        if (kept > 0) logger.info(`${kept} unchanged page(s) kept from the last build`);
      },
    },
  };
}
