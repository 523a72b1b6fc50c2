/**
 * An archived source text as paragraphs of plain pieces, with every quoted passage marked.
 * The page renders pieces as escaped text inside <p> and <mark>: the archive is never HTML.
 * Passages may overlap or cross a line break; each gets its anchor on its first marked
 * piece and its claim links right after its last one.
 */
import type { QuotedPassage } from './quote-anchors.ts';

export type Piece =
  | { kind: 'text'; text: string }
  /** `anchors`: passages starting here (the first takes the element's id). */
  | { kind: 'mark'; text: string; anchors: number[]; passages: number[] }
  /** Links to the claims quoting passage `passage`, after its last piece. */
  | { kind: 'refs'; passage: number; claims: string[] };

export type Paragraph = Piece[];

/** Offsets of the non-blank lines: each line of an archive is one paragraph. */
export function paragraphSpans(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  for (const m of body.matchAll(re)) {
    if (/\S/u.test(m[0])) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

export function sourceParagraphs(body: string, passages: QuotedPassage[]): Paragraph[] {
  const valid = passages.filter((p) => p.start >= 0 && p.end <= body.length && p.end > p.start);
  const cuts = new Set<number>();
  for (const p of valid) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);

  interface Raw {
    para: number;
    from: number;
    to: number;
    covering: QuotedPassage[];
  }
  const raws: Raw[] = [];
  paragraphSpans(body).forEach(([ps, pe], para) => {
    const points = [ps, ...sortedCuts.filter((c) => c > ps && c < pe), pe];
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k];
      const to = points[k + 1];
      raws.push({ para, from, to, covering: valid.filter((p) => p.start < to && p.end > from) });
    }
  });

  const firstPiece = new Map<number, number>();
  const lastPiece = new Map<number, number>();
  raws.forEach((r, idx) => {
    for (const p of r.covering) {
      if (!firstPiece.has(p.n)) firstPiece.set(p.n, idx);
      lastPiece.set(p.n, idx);
    }
  });

  const paragraphs: Paragraph[] = [];
  raws.forEach((r, idx) => {
    const para = (paragraphs[r.para] ??= []);
    const text = body.slice(r.from, r.to);
    if (r.covering.length === 0) {
      para.push({ kind: 'text', text });
    } else {
      const anchors = r.covering.filter((p) => firstPiece.get(p.n) === idx).map((p) => p.n);
      para.push({ kind: 'mark', text, anchors, passages: r.covering.map((p) => p.n) });
    }
    for (const p of r.covering) if (lastPiece.get(p.n) === idx) para.push({ kind: 'refs', passage: p.n, claims: p.claims });
  });
  return paragraphs.filter((p) => p !== undefined);
}
