/**
 * Crosscheck's part of `astro build`, around Astro's own work.
 *
 * As soon as the configuration is known, a worker thread loads and validates the project
 * (src/node/build-worker.ts) while Astro starts up; the content loader then takes that load
 * instead of doing its own. The same worker goes on to build the search index and write it
 * into the output folder while the pages render; the build waits for it at the end and fails
 * if it failed. Before, the index was 2,500 Astro endpoint routes rendered one by one on the
 * page thread. The dev server answers the same search paths from memory.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { planSearch, searchFile, searchOutputs, type SearchIndex } from '../core/search/index.ts';
import { searchInput } from '../site/search-input.ts';
import { startBuildWorker } from './build-worker.ts';
import { forgetLoadingProject, loadingProject, publishedProject } from './project-handoff.ts';
import type { WrittenSearch } from './write-search.ts';

/** Where the index lives, below the site root; the search page and its client use the same. */
export const SEARCH_BASE = 'search/';

/** The index's files and folders below the output folder: this integration replaces them on every build. */
export const SEARCH_OUTPUTS: readonly string[] = searchOutputs.map((name) => `${SEARCH_BASE}${name}`);

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export function crosscheckBuild(): AstroIntegration {
  let building = false;
  let search: Promise<WrittenSearch | undefined> | undefined;
  return {
    name: 'crosscheck-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        const root = fileURLToPath(config.root);
        // A load left from an earlier build in this process must not stand in for this one.
        forgetLoadingProject();
        const worker = startBuildWorker({ root, cacheDir: fileURLToPath(config.cacheDir), searchDir: fileURLToPath(new URL(SEARCH_BASE, config.outDir)) });
        loadingProject(root, () => worker.load);
        search = worker.search;
        logger.info('loading claims/ and sources/ in a worker thread; the search index follows there');
      },
      'astro:build:done': async ({ logger }) => {
        if (!search) return;
        let written: WrittenSearch | undefined;
        try {
          written = await search;
        } catch (error) {
          throw new Error(`The search index could not be built: ${(error as Error).message}\nThe pages were built, but the site's search would not work. Run \`npm run check\`; if it passes, report this as a bug.`);
        }
        if (written) logger.info(`search index: ${written.files} files, ${mb(written.bytes)}, built in ${(written.ms / 1000).toFixed(1)} s`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(devSearchMiddleware(publishedProject, (message) => logger.info(message)));
      },
    },
  };
}

type Next = () => void;
interface DevResponse {
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/**
 * The dev server's answer for /search/*.json: planned from the published project when it
 * changes, each file built when asked for. Anything else goes to the next handler.
 */
export function devSearchMiddleware(project: typeof publishedProject, log: (message: string) => void = () => {}) {
  let dev: { version: number; index: SearchIndex } | undefined;
  return (req: { url?: string }, res: DevResponse, next: Next): void => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(`/${SEARCH_BASE}`) || !path.endsWith('.json')) return next();
    const handed = project();
    if (!handed) return next();
    if (dev?.version !== handed.version) {
      dev = { version: handed.version, index: planSearch(searchInput(handed.project.corpus, handed.project.analysis)) };
      log(`search index planned for ${handed.project.corpus.claims.length} claims`);
    }
    const body = searchFile(dev.index, path.slice(SEARCH_BASE.length + 1));
    if (body === undefined) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(body);
  };
}
