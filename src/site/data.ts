/** What pages read: the site's data from the build context, and which pages to render. */
import type { LoadedProject } from '../core/project.ts';
import { buildContext, type CachedPageKind } from './context.ts';
import { buildSiteData, type SiteData } from './site-data.ts';

const siteDataOf = new WeakMap<LoadedProject, SiteData>();

/** The site's view of the loaded project, built once per load and shared by every page. */
export async function siteData(): Promise<SiteData> {
  const project = await buildContext().project();
  let data = siteDataOf.get(project);
  if (!data) siteDataOf.set(project, (data = buildSiteData(project.corpus, project.analysis)));
  return data;
}

/** For a page's `getStaticPaths`: the entries this build renders, in their given order. */
export async function pagesToRender<E extends { params: { id: string } }>(kind: CachedPageKind, entries: readonly E[]): Promise<E[]> {
  const chosen = await buildContext().pagesToRender(
    kind,
    entries.map((e) => e.params.id),
  );
  return entries.filter((e) => chosen.has(e.params.id));
}
