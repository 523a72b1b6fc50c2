import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaimsJson, buildConflictsJson, buildReportsCsv, buildSourcesJson } from '../../src/core/export/index.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { devApiMiddleware } from '../../src/build/dev-api.ts';
import { API_OUTPUTS } from '../../src/build/api-outputs.ts';
import { claim, project as hostileProject, writeProject } from '../hostile/helpers.ts';

const project = loadProject(join(import.meta.dirname, '../..'));

function request(handler: ReturnType<typeof devApiMiddleware>, url: string) {
  let body: string | undefined;
  let type: string | undefined;
  let passed = false;
  const res = { statusCode: 200, setHeader: (_n: string, v: string) => (type = v), end: (b: string) => (body = b) };
  handler({ url }, res, () => (passed = true));
  return { body, type, passed, status: res.statusCode };
}

describe('devApiMiddleware', () => {
  it('serves each API document as the build writes it', () => {
    const handler = devApiMiddleware(() => ({ project }));
    const { corpus, analysis } = project;
    const expected: Record<string, [string, string]> = {
      '/api/claims.json': [JSON.stringify(buildClaimsJson(corpus, analysis)), 'application/json; charset=utf-8'],
      '/api/sources.json': [JSON.stringify(buildSourcesJson(corpus, analysis)), 'application/json; charset=utf-8'],
      '/api/conflicts.json': [JSON.stringify(buildConflictsJson(corpus, analysis)), 'application/json; charset=utf-8'],
      '/api/reports.csv': [buildReportsCsv(corpus, analysis), 'text/csv; charset=utf-8'],
    };
    expect(Object.keys(expected).map((u) => u.slice(1))).toEqual(API_OUTPUTS);
    for (const [url, [body, type]] of Object.entries(expected)) {
      const r = request(handler, `${url}?v=2`);
      expect(r.passed, url).toBe(false);
      expect(r.status, url).toBe(200);
      expect(r.body, url).toBe(body);
      expect(r.type, url).toBe(type);
    }
  });

  it('passes on other paths, unknown documents, inherited names and a server whose data is not loaded yet', () => {
    const handler = devApiMiddleware(() => ({ project }));
    for (const url of ['/', '/api/', '/api/other.json', '/api/toString', '/api/constructor', '/search/meta.json', '/claims/x/y/']) {
      expect(request(handler, url).passed, url).toBe(true);
    }
    expect(request(devApiMiddleware(() => undefined), '/api/claims.json').passed).toBe(true);
  });

  it('answers 500 naming the data errors, as the build would refuse to write the document', () => {
    const broken = loadProject(writeProject(hostileProject({ 'claims/model-x/bench-score.md': claim({ quote: '"a sentence no source contains"' }) }), 'crosscheck-dev-api-'));
    const r = request(devApiMiddleware(() => ({ project: broken })), '/api/claims.json');
    expect(r.passed).toBe(false);
    expect(r.status).toBe(500);
    expect(r.type).toBe('text/plain; charset=utf-8');
    expect(r.body).toMatch(/problem\(s\) in claims\/ or sources\/ stop the build/);
    expect(r.body).toMatch(/bench-score\.md:\d+:\d+ .*\[quote-not-found\]/);
    expect(r.body).toMatch(/npm run check/);
  });
});
