/**
 * The one Astro integration: everything the site build does besides rendering pages.
 *
 * A build, in order:
 * 1. `astro:config:done` starts the build worker (src/build/worker.ts), which loads and checks
 *    the project while Astro bundles the pages, and provides the build context
 *    (src/site/context.ts) through which pages wait for that project.
 * 2. `astro:build:start` opens the page cache (src/build/page-cache.ts): a rebuild renders only
 *    the pages whose data or code changed.
 * 3. Pages render; the worker writes the API documents and the search index meanwhile.
 * 4. `astro:build:done` waits for the documents, the index and the social cards, writes the sitemap (with a
 *    site address), records the page keys and removes output files this build neither wrote
 *    nor kept (src/build/prune-output.ts).
 *
 * A dev server loads the project in its own thread instead (src/build/dev-server.ts).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { LoadedProject } from '../core/project.ts';
import { provideBuildContext, type CachedPageKind } from '../site/context.ts';
import type { PageKeys } from '../site/page-keys.ts';
import { sitemapFiles, sitemapPaths } from '../site/sitemap.ts';
import { paths } from '../site/urls.ts';
import { dataError } from './data-error.ts';
import { codeFingerprint, openPageCache, type PageCache } from './page-cache.ts';
import { pruneStale } from './prune-output.ts';
import { API_BASE, API_OUTPUTS } from './api-outputs.ts';
import { SEARCH_BASE, SEARCH_OUTPUTS, SEARCH_SHARD_RECORD } from './search-outputs.ts';
import { CARD_OUTPUT, CARD_RECORD } from './card-outputs.ts';
import { startBuildWorker, type BuildSteps } from './start-worker.ts';

const PAGE_PATHS: Record<CachedPageKind, (id: string) => string> = {
  claims: paths.claim,
  sources: paths.source,
  subjects: paths.subject,
};

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/**
 * What a worker step wrote, or the error that fails the build: what failed, why, and what the
 * pages, already built, lack without it.
 */
async function outcome<T>(step: Promise<T>, failed: string, lack: string): Promise<T> {
  try {
    return await step;
  } catch (error) {
    throw new Error(`${failed}: ${(error as Error).message}\nThe pages were built, but ${lack}. Run \`npm run check\`; if it passes, report this as a bug.`);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The checked project, or the error that stops the build. */
function checked(project: LoadedProject, note: string, ms: number, logger: AstroIntegrationLogger): LoadedProject {
  const error = dataError(project.diagnostics);
  if (error) throw error;
  logger.info(`${project.corpus.claims.length} claims, ${project.corpus.sources.length} sources, ${project.analysis.flags.length} flags, read and checked in ${seconds(ms)}${note}`);
  return project;
}

export function crosscheck(): AstroIntegration {
  let building = false;
  let root = '';
  let cacheDir = '';
  let outDir = '';
  let site: string | undefined;
  let steps: BuildSteps | undefined;
  let cache: PageCache | undefined;
  let projectLoaded: Promise<LoadedProject> | undefined;
  let started = Number.NEGATIVE_INFINITY;
  /** Whether an earlier build left files in the output folder: if not, nothing can be stale. */
  let hadOutput = false;
  return {
    name: 'crosscheck',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        site = config.site;
        if (!building) return;
        hadOutput = existsSync(outDir) && readdirSync(outDir).length > 0;
        const run = startBuildWorker({
          root,
          cacheDir,
          searchDir: fileURLToPath(new URL(SEARCH_BASE, config.outDir)),
          apiDir: fileURLToPath(new URL(API_BASE, config.outDir)),
          search: { shardRecord: fileURLToPath(new URL(SEARCH_SHARD_RECORD, config.cacheDir)) },
          cards: { outDir, record: fileURLToPath(new URL(CARD_RECORD, config.cacheDir)), ...(site ? { host: new URL(site).host } : {}) },
        });
        steps = run;
        // Pages wait for the project: on a large corpus the check is the longest quiet stretch
        // of the build (about 20 s at 100,000 claims), so say what is happening.
        logger.info('reading and checking claims/ and sources/ in a worker thread while Astro bundles the pages');
        const project = run.load.then(({ project: p, note, ms }) => checked(p, note, ms, logger));
        projectLoaded = project;
        // Awaited by the pages; until then a data error must not count as unhandled.
        project.catch(() => {});
        const keysOf = (kind: CachedPageKind) => () => run.keys.then((keys: PageKeys) => keys[kind]);
        provideBuildContext({
          project: () => project,
          pagesToRender: async (kind, ids) => {
            if (!cache) return new Set(ids);
            return cache.select(
              ids.map((id) => ({ id, path: PAGE_PATHS[kind](id) })),
              keysOf(kind),
            );
          },
        });
      },
      'astro:build:start': () => {
        started = Date.now();
        // Kept pages are found as <path>/index.html.
        cache = openPageCache(cacheDir, outDir, codeFingerprint(root, { site }));
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (steps) {
          const api = await outcome(steps.api, 'The API documents (/api/) could not be written', 'the data exports are missing or stale');
          logger.info(`API documents: ${api.files} files, ${mb(api.bytes)}`);
          const search = await outcome(steps.search, 'The search index could not be built', "the site's search would not work");
          logger.info(`search index: ${search.files} files (${search.unchanged} unchanged since the last build), ${mb(search.bytes)}, built in ${seconds(search.ms)}`);
          const cards = await outcome(steps.cards, 'The social card images could not be written', 'links to contested claims would show no image');
          if (cards.cards > 0) logger.info(`social cards: ${cards.cards} (${cards.unchanged} unchanged since the last build), ${cards.rendered} rendered in ${seconds(cards.renderMs)}`);
        }
        if (site && projectLoaded) {
          // Before pruning: a sitemap part a larger corpus needed and this one does not is removed.
          const { corpus } = await projectLoaded;
          const out = fileURLToPath(dir);
          for (const [name, xml] of sitemapFiles(sitemapPaths(corpus), site)) writeFileSync(join(out, name), xml);
        }
        if (cache) {
          await cache.save();
          const kept = cache.kept().length;
          if (kept > 0) logger.info(`${kept} unchanged page(s) kept from the last build`);
        }
        // Walking the output costs a readdir per page (17 s of 100k pages in a profile): only
        // when an earlier build left files there.
        if (!hadOutput) return;
        // Astro lists the pages it wrote in `assets`; unchanged pages it was not asked to
        // render are old files that must stay all the same.
        const keep = new Set<string>(cache?.kept() ?? []);
        for (const urls of assets.values()) for (const url of urls) keep.add(fileURLToPath(url));
        const out = fileURLToPath(dir);
        const owned = new Set([...SEARCH_OUTPUTS, ...API_OUTPUTS, CARD_OUTPUT].map((p) => `${out}${p}`));
        const removed = pruneStale(out, keep, started, owned);
        if (removed > 0) logger.info(`removed ${removed} file(s) that earlier builds left and this one did not produce`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Astro can start a server during a build too (seen under vitest's environment): the
        // build keeps its own context.
        if (building) return;
        // Deferred: the dev server's loading and search code would otherwise load with the
        // config of every build and delay the build worker's start (BENCHMARKS.md, "Config").
        const { startDevServer } = await import('./dev-server.ts');
        startDevServer(root, server, logger);
      },
    },
  };
}
