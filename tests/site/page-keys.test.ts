import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { validateProject } from '../../src/core/validate.ts';
import { claimPageKey, sourcePageKey, subjectPageKey } from '../../src/site/cache-keys.ts';
import { subjectMatrix } from '../../src/site/page-index.ts';
import { computePageKeys } from '../../src/site/page-keys.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

describe('computePageKeys', () => {
  it("gives every claim, source and subject page the key the page itself would compute", () => {
    const { corpus } = validateProject(fixtureProject('valid'));
    const data = buildSiteData(corpus, analyze(corpus));
    const keys = computePageKeys(data);
    expect(keys.claims.size).toBe(corpus.claims.length);
    expect(keys.sources.size).toBe(corpus.sources.length);
    expect(keys.subjects.size).toBe(corpus.subjects.length);
    for (const c of corpus.claims) expect(keys.claims.get(c.id)).toBe(claimPageKey(data, c));
    for (const s of corpus.sources) expect(keys.sources.get(s.id)).toBe(sourcePageKey(data, s));
    for (const s of corpus.subjects) expect(keys.subjects.get(s.id)).toBe(subjectPageKey(data, s, subjectMatrix(data, s)));
  });
});
