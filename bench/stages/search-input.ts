/** The benchmark builds the search from the site's own mapping (src/site/search-input.ts). */
import type { SearchInput } from '../../src/core/search/index.ts';
import type { LoadedProject } from '../../src/node/load-project.ts';
import { searchInput } from '../../src/site/search-input.ts';

export function searchInputOf(project: Pick<LoadedProject, 'corpus' | 'analysis'>): SearchInput {
  return searchInput(project.corpus, project.analysis);
}
