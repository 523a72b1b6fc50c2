/**
 * Layout of the citation graph: articles on the left, the upstreams they cite to their
 * right, in columns by citation depth. A citation is marked as disputed when a figure the
 * article credits to that upstream is part of a flag, or when the two sources are named
 * together in a flag.
 */

export interface GraphSource {
  id: string;
  title: string;
  archived: boolean;
  cites: string[];
}

export interface GraphNode {
  id: string;
  title: string;
  label: string;
  archived: boolean;
  x: number;
  y: number;
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
  nodeHeight: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_W = 250;
const NODE_H = 44;
const COL_GAP = 110;
const ROW_GAP = 18;
const MARGIN = 12;
const LABEL_MAX = 30;

export const edgeKey = (from: string, to: string) => `${from}>${to}`;

/** Depth: 0 for a source citing nothing known, else one more than the deepest source it cites. Cycles are cut. */
export function citationLevels(sources: GraphSource[]): Map<string, number> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let l = 0;
    for (const c of byId.get(id)?.cites ?? []) if (byId.has(c) && c !== id) l = Math.max(l, visit(c) + 1);
    visiting.delete(id);
    level.set(id, l);
    return l;
  };
  for (const s of sources) visit(s.id);
  return level;
}

const clip = (s: string) => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

export function graphLayout(sources: GraphSource[], disputed: ReadonlySet<string>): GraphLayout {
  const levels = citationLevels(sources);
  const maxLevel = Math.max(0, ...levels.values());
  const columns: GraphSource[][] = Array.from({ length: maxLevel + 1 }, () => []);
  for (const s of sources) columns[levels.get(s.id) ?? 0].push(s);
  for (const col of columns) col.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tallest = Math.max(1, ...columns.map((c) => c.length));
  const height = MARGIN * 2 + tallest * NODE_H + (tallest - 1) * ROW_GAP;

  const nodes: GraphNode[] = [];
  const at = new Map<string, GraphNode>();
  columns.forEach((col, level) => {
    // Deepest citers on the left; the upstreams they all lead to on the right.
    const x = MARGIN + (maxLevel - level) * (NODE_W + COL_GAP);
    const colHeight = col.length * NODE_H + (col.length - 1) * ROW_GAP;
    const top = (height - colHeight) / 2;
    col.forEach((s, row) => {
      const node = { id: s.id, title: s.title, label: clip(s.title), archived: s.archived, x, y: top + row * (NODE_H + ROW_GAP), level };
      nodes.push(node);
      at.set(s.id, node);
    });
  });

  const edges: GraphEdge[] = [];
  for (const s of sources) {
    for (const c of new Set(s.cites)) {
      const a = at.get(s.id);
      const b = at.get(c);
      if (!a || !b || a === b) continue;
      const x1 = a.x + NODE_W;
      const y1 = a.y + NODE_H / 2;
      const x2 = b.x;
      const y2 = b.y + NODE_H / 2;
      const bend = Math.max(30, Math.abs(x2 - x1) / 2);
      const d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
      edges.push({ from: s.id, to: c, d, disagree: disputed.has(edgeKey(s.id, c)) });
    }
  }
  const width = MARGIN * 2 + (maxLevel + 1) * NODE_W + maxLevel * COL_GAP;
  return { width, height, nodeWidth: NODE_W, nodeHeight: NODE_H, nodes, edges };
}

/** Citations (`from>to`) involved in a flag: a flagged value credited via `to`, or both named in one flag. */
export function disputedCitations(flags: Array<{ sources: string[]; values: Array<{ source: string; via?: string }> }>, sources: GraphSource[]): Set<string> {
  const out = new Set<string>();
  const cites = new Map(sources.map((s) => [s.id, new Set(s.cites)]));
  for (const f of flags) {
    for (const v of f.values) if (v.via && cites.get(v.source)?.has(v.via)) out.add(edgeKey(v.source, v.via));
    for (const a of f.sources) for (const b of f.sources) if (a !== b && cites.get(a)?.has(b)) out.add(edgeKey(a, b));
  }
  return out;
}
