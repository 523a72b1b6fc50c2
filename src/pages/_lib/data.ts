/**
 * The one bridge from the loaded project to the site's plain data, built once per build and
 * shared by every page and endpoint.
 *
 * The content loader has already validated and analysed the project in this process and
 * handed it over (src/build/project-handoff.ts); pages take that object as it is. They do not
 * read it back through `getCollection`: importing `astro:content` makes Vite bundle the whole
 * data store as a JavaScript module (tens of megabytes at 10k claims, seconds of bundling),
 * and reading it back meant deserialising and reviving every value, for an identical result.
 * Should no loader have run in this process, the project is loaded here the same way.
 */
import { buildSiteData, type SiteData } from '../../site/site-data.ts';
import { projectOnce } from '../../build/astro-loader.ts';
import { handedOverProject, pageKeysFor } from '../../build/project-handoff.ts';
import type { PageKeys } from '../../site/page-keys.ts';

let cached: { version: number; data: Promise<SiteData> } | undefined;

/**
 * The site's data. When the content loader let Astro go on while claims were still being
 * checked (src/build/astro-loader.ts), this waits for that check; if it found errors, this
 * rejects with them, and the build stops with the check's message.
 */
export async function siteData(): Promise<SiteData> {
  const handed = await handedOverProject();
  // Version 0: nothing handed over. A dev server's loader publishes a new version on every edit.
  const version = handed?.version ?? 0;
  if (cached?.version !== version) {
    const project = handed ? Promise.resolve(handed.project) : projectOnce(process.cwd());
    cached = { version, data: project.then((p) => buildSiteData(p.corpus, p.analysis)) };
  }
  return cached.data;
}

/**
 * Each page's cache key for `pagesToRender` (src/build/page-cache.ts), for the pages of one
 * kind: the one the build worker computed for the project these pages render
 * (src/site/page-keys.ts), or `own` when it computed none.
 */
export function pageKeysOf<E extends { params: { id: string } }>(kind: keyof PageKeys, own: (entry: E) => string): () => Promise<(entry: E) => string> {
  return async () => {
    const handed = await handedOverProject();
    const keys = handed ? await pageKeysFor(handed.project) : undefined;
    return (e) => keys?.[kind].get(e.params.id) ?? own(e);
  };
}
