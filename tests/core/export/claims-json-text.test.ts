import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClaimsJson, claimsJsonText } from '../../../src/core/export/index.ts';
import { loadProject } from '../../../src/node/load-project.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';
import { analyze } from '../../../src/core/analyze/index.ts';

const project = loadProject(new URL('../../..', import.meta.url).pathname);
const whole = (options = {}) => JSON.stringify(buildClaimsJson(project.corpus, project.analysis, options));

describe('claims.json in pieces (what the build writes)', () => {
  it('is byte for byte the whole document, for any piece size', () => {
    const expected = whole();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (batch) => {
        const pieces = [...claimsJsonText(project.corpus, project.analysis, {}, batch)];
        expect(pieces.join('')).toBe(expected);
        // Pieces hold about `batch` claims each, plus the head and the tail.
        expect(pieces.length).toBe(Math.floor(project.corpus.claims.length / batch) + 1);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps a build stamp and reads right with no claims at all', () => {
    expect([...claimsJsonText(project.corpus, project.analysis, { generated: 'build-7' })].join('')).toBe(whole({ generated: 'build-7' }));
    const empty = buildCorpus({ claims: [] });
    expect([...claimsJsonText(empty, analyze(empty))].join('')).toBe(JSON.stringify(buildClaimsJson(empty, analyze(empty))));
    expect(JSON.parse([...claimsJsonText(empty, analyze(empty))].join(''))).toEqual({ version: 1, claims: [] });
  });
});
