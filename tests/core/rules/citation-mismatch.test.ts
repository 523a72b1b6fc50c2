import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { citationMismatch } from '../../../src/core/rules/citation-mismatch.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

const run = (claims: ClaimSpec[], sources = [] as { id: string; title?: string; cites?: string[] }[]) =>
  citationMismatch.check(buildContext(buildCorpus({ claims, sources }), compareValues));

const downloads = (reports: ClaimSpec['reports']): ClaimSpec => ({ subject: 'gpt-oss-20b', property: 'downloads', type: 'number', reports });

describe('citation-mismatch', () => {
  it('flags one figure credited to two upstreams', () => {
    const flags = run(
      [
        downloads([
          { source: 'efficiency-play', raw: '6,613,169', via: 'techcrunch' },
          { source: 'neural-digest', raw: '6,613,169', via: 'openai' },
        ]),
      ],
      [
        { id: 'techcrunch', title: 'OpenAI releases GPT-5.5' },
        { id: 'openai', title: 'Introducing GPT-5.5' },
      ],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'citation-mismatch', claims: ['gpt-oss-20b/downloads'], sources: ['efficiency-play', 'neural-digest'] });
    expect(flags[0].values.map((v) => v.via)).toEqual(['techcrunch', 'openai']);
    expect(flags[0].explanation).toContain('"Introducing GPT-5.5"');
    expect(flags[0].explanation).toContain('"OpenAI releases GPT-5.5"');
  });

  it('ignores a missing via, the same via, disagreeing values, dates, and an upstream repeating the other', () => {
    const flags = run(
      [
        downloads([
          { source: 'a', raw: '6,613,169', via: 'techcrunch' },
          { source: 'b', raw: '6,613,169' },
          { source: 'c', raw: '6,613,169', via: 'techcrunch' },
        ]),
        { subject: 'x', property: 'count', type: 'number', reports: [{ source: 'a', raw: '5', via: 'u1' }, { source: 'b', raw: '9', via: 'u2' }] },
        { subject: 'x', property: 'day', type: 'date', reports: [{ source: 'a', raw: '2026-04-23', via: 'u1' }, { source: 'b', raw: 'April 23, 2026', via: 'u2' }] },
        { subject: 'x', property: 'stars', type: 'number', reports: [{ source: 'a', raw: '16,885', via: 'repeater' }, { source: 'b', raw: '16,885', via: 'original' }] },
      ],
      [{ id: 'repeater', cites: ['original'] }],
    );
    expect(flags).toEqual([]);
  });
});
