/**
 * The search index as a build step of its own, not as Astro endpoints.
 *
 * As 2,500 endpoint routes at 10k claims, the index cost Astro's per-route work for every
 * file and ran on the one thread that renders pages. Here a worker thread (build-worker.ts),
 * started once Astro has read its config, loads the project for the content loader while
 * Astro starts up, then builds the index and writes it straight into the output folder while
 * the pages render; the build waits for it at the end and fails if it failed. The dev
 * server answers the same paths from memory.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Astro loads the config, and with it this module, before the build worker can start: what
// only the worker, a fallback or the dev server needs is imported when it is needed.
import { hasErrors } from '../core/diagnostics.ts';
import { searchOutputs } from '../core/search/files.ts';
import type { LoadedProject } from '../node/load-project.ts';
import { buildSearchInWorker, loadAndBuildSearchInWorker } from './build-worker.ts';
import { offerPageKeys, offerPreload, onProjectPublished, publishedProject } from './project-handoff.ts';
import type { WrittenSearch } from './write-search.ts';

/** Where the index lives, below the site root; the search page and its client use the same. */
export const SEARCH_BASE = 'search/';

/** Term shard keys kept between builds, in Astro's cacheDir (see write-search.ts). */
export const SEARCH_SHARD_RECORD = 'crosscheck-search-shards.json';

/** The index's files and folders below the output folder: this integration replaces them on every build. */
export const SEARCH_OUTPUTS: readonly string[] = searchOutputs.map((name) => `${SEARCH_BASE}${name}`);

async function projectFor(root: string, logger: AstroIntegrationLogger): Promise<LoadedProject> {
  const handed = publishedProject();
  if (handed) return handed.project;
  // Only when no content loader ran in this process: load it the same way.
  logger.warn('the content loader did not hand over the project; loading it again for the search index');
  const { loadProject } = await import('../node/load-project.ts');
  return loadProject(root);
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export function crosscheckSearch(): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let shardRecord = '';
  let pending: Promise<WrittenSearch> | undefined;
  let building = false;
  let unsubscribe = () => {};
  const announce = (project: LoadedProject, logger: AstroIntegrationLogger) =>
    logger.info(`building the search index in the background (${project.corpus.claims.length} claims, ${project.corpus.sources.length} sources)`);
  const start = (project: LoadedProject, logger: AstroIntegrationLogger) => {
    if (pending) return;
    announce(project, logger);
    pending = import('../site/search-input.ts').then(({ searchInput }) => buildSearchInWorker(searchInput(project.corpus, project.analysis), outDir, { shardRecord }));
    // Awaited in build:done; until then a failure must not count as unhandled (it would end the
    // build with a stack trace instead of build:done's message).
    pending.catch(() => {});
  };
  /** Load, page keys and index in one worker; the content loader takes the load and pages the keys (project-handoff.ts). */
  const preload = (cacheDir: string, logger: AstroIntegrationLogger) => {
    // The content loader's root (crosscheckLoader's default).
    const loaderRoot = process.cwd();
    const steps = loadAndBuildSearchInWorker(loaderRoot, cacheDir, outDir, { shardRecord });
    offerPreload(loaderRoot, { statement: steps.statement, load: steps.load });
    pending = steps.search;
    steps.load.then(
      ({ project }) => {
        offerPageKeys(project, steps.keys);
        if (!hasErrors(project.diagnostics)) announce(project, logger);
      },
      // The content loader then loads the project itself; the index is built from that.
      () => {
        pending = undefined;
        unsubscribe = onProjectPublished((project) => start(project, logger));
      },
    );
  };
  return {
    name: 'crosscheck-search',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(new URL(SEARCH_BASE, config.outDir));
        shardRecord = fileURLToPath(new URL(SEARCH_SHARD_RECORD, config.cacheDir));
        if (building) preload(fileURLToPath(config.cacheDir), logger);
      },
      'astro:build:start': async ({ logger }) => {
        unsubscribe();
        if (!pending) start(await projectFor(root, logger), logger);
      },
      'astro:build:done': async ({ logger }) => {
        if (!pending) return;
        try {
          const written = await pending;
          logger.info(`search index: ${written.files} files (${written.unchanged} unchanged since the last build), ${mb(written.bytes)}, built in ${(written.ms / 1000).toFixed(1)} s`);
        } catch (error) {
          throw new Error(`The search index could not be built: ${(error as Error).message}\nThe pages were built, but the site's search would not work. Run \`npm run check\`; if it passes, report this as a bug.`);
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { devSearchMiddleware } = await import('./dev-search.ts');
        server.middlewares.use(devSearchMiddleware(publishedProject, (message) => logger.info(message)));
      },
    },
  };
}
