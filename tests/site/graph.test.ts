import { describe, expect, it } from 'vitest';
import { citationLevels, crossings, disputedCitations, edgeKey, graphLayout } from '../../src/site/graph.ts';

const src = (id: string, cites: string[] = [], archived = true, title = `Title of ${id}`) => ({ id, title, archived, cites });

describe('citation graph', () => {
  const sources = [src('article', ['blog', 'upstream']), src('blog', ['upstream'], false), src('upstream', [], false), src('loop-a', ['loop-b'], false), src('loop-b', ['loop-a'], false), src('other', ['loop-a'])];

  it('puts archived articles in the first column and each upstream right of every source citing it; survives cycles', () => {
    const levels = citationLevels(sources);
    expect(levels.get('article')).toBe(0);
    expect(levels.get('other')).toBe(0);
    expect(levels.get('blog')).toBe(1);
    expect(levels.get('upstream')).toBe(2);
    expect(levels.has('loop-a') && levels.has('loop-b')).toBe(true);
  });

  it('draws one edge per citation, boxes inside the drawing, and wraps full titles instead of cutting them', () => {
    const long = 'OpenAI’s New GPT-5.5 Powers Codex on NVIDIA Infrastructure — and NVIDIA Is Already Putting It to Work';
    const layout = graphLayout([...sources, src('nvidia', [], false, long), src('citer', ['nvidia'])], new Set([edgeKey('article', 'upstream')]));
    expect(layout.edges.filter((e) => e.from === 'article').map((e) => e.to).sort()).toEqual(['blog', 'upstream']);
    expect(layout.edges.find((e) => e.from === 'article' && e.to === 'upstream')!.disagree).toBe(true);
    expect(layout.edges.find((e) => e.from === 'blog')!.disagree).toBe(false);
    for (const n of layout.nodes) {
      expect(n.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    const nvidia = layout.nodes.find((n) => n.id === 'nvidia')!;
    expect(nvidia.lines.join(' ')).toBe(long);
    expect(nvidia.lines.length).toBeGreaterThan(2);
    // Boxes in a column never overlap.
    const col = layout.nodes.filter((n) => n.level === nvidia.level).sort((a, b) => a.y - b.y);
    for (let i = 1; i < col.length; i++) expect(col[i].y).toBeGreaterThanOrEqual(col[i - 1].y + col[i - 1].height);
  });

  it('orders columns to remove crossings a naive id order would have', () => {
    // By id, a1->z and a2->y cross; the barycenter order uncrosses them.
    const s = [src('a1', ['z'], true), src('a2', ['y'], true), src('y', [], false), src('z', [], false)];
    const layout = graphLayout(s, new Set());
    const y = new Map(layout.nodes.map((n) => [n.id, n.y]));
    const pairs = layout.edges.map((e) => [y.get(e.from)!, y.get(e.to)!] as [number, number]);
    expect(crossings(pairs)).toBe(0);
    expect(crossings([[0, 1], [1, 0]])).toBe(1);
  });

  it('marks only citations that carry a flag: a flagged figure credited via that upstream', () => {
    const flags = [
      { id: 'f1', sources: ['article', 'other'], values: [{ source: 'article', via: 'upstream' }, { source: 'other' }] },
      { id: 'f2', sources: ['blog', 'upstream'], values: [] },
      { id: 'f3', sources: ['article'], values: [{ source: 'article', via: 'upstream' }, { source: 'article', via: 'upstream' }] },
    ];
    const disputed = disputedCitations(flags, sources);
    expect([...disputed]).toEqual([[edgeKey('article', 'upstream'), ['f1', 'f3']]]);
  });
});
