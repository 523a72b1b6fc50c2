import { describe, expect, it } from 'vitest';
import { citationLevels, disputedCitations, edgeKey, graphLayout } from '../../src/site/graph.ts';

const src = (id: string, cites: string[] = [], archived = true) => ({ id, title: `Title of ${id}`, archived, cites });

describe('citation graph', () => {
  const sources = [src('article', ['blog', 'upstream']), src('blog', ['upstream']), src('upstream', [], false), src('loop-a', ['loop-b']), src('loop-b', ['loop-a'])];

  it('ranks sources by citation depth and survives cycles', () => {
    const levels = citationLevels(sources);
    expect(levels.get('upstream')).toBe(0);
    expect(levels.get('blog')).toBe(1);
    expect(levels.get('article')).toBe(2);
    expect(levels.has('loop-a') && levels.has('loop-b')).toBe(true);
  });

  it('puts citing articles left of what they cite, with one edge per citation', () => {
    const layout = graphLayout(sources, new Set([edgeKey('article', 'upstream')]));
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('article')).toBeLessThan(x('blog'));
    expect(x('blog')).toBeLessThan(x('upstream'));
    expect(layout.edges.filter((e) => e.from === 'article').map((e) => e.to).sort()).toEqual(['blog', 'upstream']);
    expect(layout.edges.find((e) => e.from === 'article' && e.to === 'upstream')!.disagree).toBe(true);
    expect(layout.edges.find((e) => e.from === 'blog')!.disagree).toBe(false);
    for (const n of layout.nodes) {
      expect(n.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height);
    }
  });

  it('marks citations whose credited figures are flagged', () => {
    const flags = [{ sources: ['article', 'other'], values: [{ source: 'article', via: 'upstream' }, { source: 'other' }] }, { sources: ['blog', 'upstream'], values: [] }];
    const disputed = disputedCitations(flags, sources);
    expect([...disputed].sort()).toEqual([edgeKey('article', 'upstream'), edgeKey('blog', 'upstream')]);
  });
});
