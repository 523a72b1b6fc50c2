/**
 * `npm run dev`: the project is loaded in the server's own thread when a page first asks for
 * it, and again after any edit to claims/ or sources/ (the browser reloads); the search
 * index's paths and the API documents are answered from memory (src/build/dev-search.ts,
 * src/build/dev-api.ts). Data errors show in the
 * page, as the build would print them.
 */
import { relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { hasErrors } from '../core/diagnostics.ts';
import type { LoadedProject } from '../core/project.ts';
import { loadProject } from '../node/load-project.ts';
import { provideBuildContext } from '../site/context.ts';
import { dataError } from './data-error.ts';
import { devApiMiddleware } from './dev-api.ts';
import { devSearchMiddleware } from './dev-search.ts';

export function startDevServer(root: string, server: ViteDevServer, logger: AstroIntegrationLogger): void {
  let loaded: { project: LoadedProject; version: number } | undefined;
  let version = 0;
  const current = () => {
    if (!loaded) {
      loaded = { project: loadProject(root), version: ++version };
      const errors = hasErrors(loaded.project.diagnostics) ? ' (with errors: the pages show them)' : '';
      logger.info(`loaded ${loaded.project.corpus.claims.length} claims${errors}`);
    }
    return loaded;
  };
  server.watcher.on('all', (_event, path) => {
    if (!/^(claims|sources)[\\/]/.test(relative(root, path))) return;
    loaded = undefined;
    server.ws.send({ type: 'full-reload' });
  });
  provideBuildContext({
    project: async () => {
      const { project } = current();
      const error = dataError(project.diagnostics);
      if (error) throw error;
      return project;
    },
    pagesToRender: async (_kind, ids) => new Set(ids),
  });
  server.middlewares.use(devApiMiddleware(current));
  server.middlewares.use(devSearchMiddleware(current, (message) => logger.info(message)));
}
