import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSearch, searchFiles } from '../../src/core/search/index.ts';
import { searchInput } from '../../src/site/search-input.ts';
import { loadProject, type LoadedProject } from '../../src/node/load-project.ts';
import { devSearchMiddleware } from '../../src/build/dev-search.ts';
import { SEARCH_OUTPUTS } from '../../src/build/search-outputs.ts';

const project = loadProject(join(import.meta.dirname, '../..'));

function request(handler: ReturnType<typeof devSearchMiddleware>, url: string) {
  let body: string | undefined;
  let type: string | undefined;
  let passed = false;
  handler({ url }, { setHeader: (_n, v) => (type = v), end: (b) => (body = b) }, () => (passed = true));
  return { body, type, passed };
}

describe('devSearchMiddleware', () => {
  it('serves every file of the index the build writes, byte for byte', () => {
    let version = 1;
    const handler = devSearchMiddleware(() => ({ project, version }));
    const files = [...searchFiles(planSearch(searchInput(project.corpus, project.analysis)))];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const r = request(handler, `/search/${f.path}?v=1`);
      expect(r.passed, f.path).toBe(false);
      expect(r.body, f.path).toBe(f.body);
      expect(r.type).toBe('application/json; charset=utf-8');
    }
    version = 2;
    expect(request(handler, '/search/meta.json').body).toBe(files[0].body);
  });

  it('passes on the search page, other paths, unknown files and a server whose data is not loaded yet', () => {
    const handler = devSearchMiddleware(() => ({ project, version: 1 }));
    for (const url of ['/search/', '/claims/x/y/', '/search/t/99999.json', '/search/other.json', '/api/claims.json']) {
      expect(request(handler, url).passed, url).toBe(true);
    }
    expect(request(devSearchMiddleware(() => undefined), '/search/meta.json').passed).toBe(true);
  });

  it('plans again when the dev server loads a new version', () => {
    let current: { project: LoadedProject; version: number } = { project, version: 1 };
    const planned: string[] = [];
    const handler = devSearchMiddleware(() => current, (m) => planned.push(m));
    request(handler, '/search/meta.json');
    request(handler, '/search/facets.json');
    const fewer = { ...project, corpus: { ...project.corpus, claims: project.corpus.claims.slice(0, 3) } };
    current = { project: fewer, version: 2 };
    const meta = JSON.parse(request(handler, '/search/meta.json').body ?? '{}');
    expect(meta.claims).toBe(3);
    expect(planned).toHaveLength(2);
  });
});

describe('SEARCH_OUTPUTS', () => {
  it('names the files and folders the index occupies below the output folder', () => {
    expect(SEARCH_OUTPUTS).toEqual(['search/meta.json', 'search/facets.json', 'search/t', 'search/d', 'search/x']);
  });
});
