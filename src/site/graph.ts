/**
 * Layout of the citation graph, layered left to right: the archived articles in the first
 * column, then the upstreams they cite, each one column right of the furthest source citing it.
 * Within columns, nodes are ordered to reduce crossings (the barycenter heuristic of Sugiyama
 * layouts: each node moves toward the mean position of its neighbours in the next column, swept
 * both ways a few times). Labels are full titles wrapped to lines, so boxes grow instead of cutting.
 * A citation is marked disputed only when it carries a flag: a flagged figure that the citing
 * article credits to that upstream.
 */
import { wrapText } from './chart.ts';

export interface GraphSource {
  id: string;
  title: string;
  archived: boolean;
  cites: string[];
  /** Shown under the title: the publisher, when there is one. */
  publisher?: string;
}

export interface GraphNode {
  id: string;
  title: string;
  lines: string[];
  publisher?: string;
  archived: boolean;
  x: number;
  y: number;
  height: number;
  level: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Cubic Bézier path, from the citing node's right edge to the cited node's left edge. */
  d: string;
  disagree: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Column headings, with their x. */
  columns: Array<{ x: number; label: string }>;
}

const NODE_W = 264;
const LINE_H = 17;
const PAD_Y = 10;
const COL_GAP = 96;
const ROW_GAP = 16;
const MARGIN = 12;
const HEAD = 30;
/** Characters per label line in a 264 px box at 13 px bold (about 8 px a character, 10 px padding each side). */
const WRAP_CHARS = 29;
const SWEEPS = 4;

export const edgeKey = (from: string, to: string) => `${from}>${to}`;

/**
 * Column of each source: 0 for archived articles (and for sources nothing cites), else one more
 * than the furthest column among the sources citing it. Cycles are cut.
 */
export function citationLevels(sources: GraphSource[]): Map<string, number> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const citers = new Map<string, string[]>();
  for (const s of sources) for (const c of new Set(s.cites)) if (byId.has(c) && c !== s.id) citers.set(c, [...(citers.get(c) ?? []), s.id]);
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    const s = byId.get(id);
    if (!s || s.archived || visiting.has(id)) return 0;
    visiting.add(id);
    let l = 0;
    for (const c of citers.get(id) ?? []) l = Math.max(l, visit(c) + 1);
    visiting.delete(id);
    level.set(id, l);
    return l;
  };
  for (const s of sources) level.set(s.id, visit(s.id));
  return level;
}

const byIdOrder = (a: GraphSource, b: GraphSource) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Number of crossing edge pairs between two adjacent columns, for the tests and the docs. */
export function crossings(edges: Array<[number, number]>): number {
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [a1, b1] = edges[i];
      const [a2, b2] = edges[j];
      if ((a1 - a2) * (b1 - b2) < 0) n += 1;
    }
  }
  return n;
}

export function graphLayout(sources: GraphSource[], disputed: { has(key: string): boolean }): GraphLayout {
  const levels = citationLevels(sources);
  const maxLevel = Math.max(0, ...levels.values());
  const columns: GraphSource[][] = Array.from({ length: maxLevel + 1 }, () => []);
  for (const s of sources) columns[levels.get(s.id) ?? 0].push(s);
  for (const col of columns) col.sort(byIdOrder);

  // Neighbours of each node (citations either way), for the barycenter sweeps.
  const known = new Set(sources.map((s) => s.id));
  const neighbours = new Map<string, string[]>(sources.map((s) => [s.id, []]));
  for (const s of sources) {
    for (const c of new Set(s.cites)) {
      if (!known.has(c) || c === s.id) continue;
      neighbours.get(s.id)!.push(c);
      neighbours.get(c)!.push(s.id);
    }
  }
  const position = new Map<string, number>();
  const place = () => columns.forEach((col) => col.forEach((s, i) => position.set(s.id, i)));
  place();
  const sweep = (col: GraphSource[], from: number) => {
    const bary = new Map<string, number>();
    for (const s of col) {
      const near = neighbours.get(s.id)!.filter((n) => levels.get(n) === from);
      bary.set(s.id, near.length ? near.reduce((sum, n) => sum + position.get(n)!, 0) / near.length : position.get(s.id)!);
    }
    col.sort((a, b) => bary.get(a.id)! - bary.get(b.id)! || byIdOrder(a, b));
    col.forEach((s, i) => position.set(s.id, i));
  };
  for (let k = 0; k < SWEEPS; k++) {
    for (let l = 1; l <= maxLevel; l++) sweep(columns[l], l - 1);
    for (let l = maxLevel - 1; l >= 0; l--) sweep(columns[l], l + 1);
  }

  const nodes: GraphNode[] = [];
  const at = new Map<string, GraphNode>();
  const heights = columns.map((col) => col.map((s) => (wrapText(s.title, WRAP_CHARS).length + 1) * LINE_H + PAD_Y * 2));
  const colHeight = heights.map((hs) => hs.reduce((a, b) => a + b, 0) + Math.max(0, hs.length - 1) * ROW_GAP);
  const tallest = Math.max(0, ...colHeight);
  const height = MARGIN * 2 + HEAD + tallest;
  columns.forEach((col, level) => {
    const x = MARGIN + level * (NODE_W + COL_GAP);
    let y = MARGIN + HEAD + (tallest - colHeight[level]) / 2;
    col.forEach((s, row) => {
      const h = heights[level][row];
      const node: GraphNode = {
        id: s.id,
        title: s.title,
        lines: wrapText(s.title, WRAP_CHARS),
        ...(s.publisher ? { publisher: s.publisher } : {}),
        archived: s.archived,
        x,
        y,
        height: h,
        level,
      };
      nodes.push(node);
      at.set(s.id, node);
      y += h + ROW_GAP;
    });
  });

  const edges: GraphEdge[] = [];
  for (const s of sources) {
    for (const c of new Set(s.cites)) {
      const a = at.get(s.id);
      const b = at.get(c);
      if (!a || !b || a === b) continue;
      const y1 = a.y + a.height / 2;
      const y2 = b.y + b.height / 2;
      let d: string;
      if (b.level > a.level) {
        const x1 = a.x + NODE_W;
        const x2 = b.x;
        const bend = Math.max(30, (x2 - x1) / 2);
        d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
      } else {
        // Within a column (an archived article citing another) or backwards: a loop out on the right.
        const x1 = a.x + NODE_W;
        const x2 = b.x + NODE_W;
        d = `M${x1},${y1} C${x1 + 60},${y1} ${x2 + 60},${y2} ${x2},${y2}`;
      }
      edges.push({ from: s.id, to: c, d, disagree: disputed.has(edgeKey(s.id, c)) });
    }
  }
  const width = MARGIN * 2 + (maxLevel + 1) * NODE_W + maxLevel * COL_GAP + 40;
  const labels = columns.map((_, level) => (level === 0 ? 'Archived articles' : level === 1 ? 'Sources they cite' : 'Cited by those'));
  return { width, height, nodeWidth: NODE_W, nodes, edges, columns: labels.map((label, level) => ({ x: MARGIN + level * (NODE_W + COL_GAP), label })) };
}

/**
 * Citations (`from>to`) that carry a flag, each with the flags it carries: a flagged figure the
 * citing article credits to that upstream (`via`).
 */
export function disputedCitations(flags: Array<{ id: string; values: Array<{ source: string; via?: string }> }>, sources: GraphSource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const cites = new Map(sources.map((s) => [s.id, new Set(s.cites)]));
  for (const f of flags) {
    for (const v of f.values) {
      if (!v.via || !cites.get(v.source)?.has(v.via)) continue;
      const key = edgeKey(v.source, v.via);
      const list = out.get(key) ?? [];
      if (!list.includes(f.id)) list.push(f.id);
      out.set(key, list);
    }
  }
  return out;
}
