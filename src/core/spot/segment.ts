/**
 * Sentences of an archived body, with their offsets and lines. Each line is segmented on
 * its own (captures put one paragraph, heading, list item or table row per line), with the
 * platform's Unicode sentence segmenter (Intl.Segmenter, UAX #29) rather than a splitter of
 * our own; table rows are kept whole, since their cells make sense only together.
 */

export interface Sentence {
  /** Offsets in the body, end exclusive; `text` is exactly body.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** 0-based index of the body line the sentence is on. */
  lineIndex: number;
  /** The line is a markdown table row ("| a | b |"). */
  tableRow: boolean;
}

export interface BodyLine {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function bodyLines(body: string): BodyLine[] {
  const lines: BodyLine[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    const text = body.slice(start, end).replace(/\r$/, '');
    lines.push({ start, end: start + text.length, text });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/**
 * UAX #29 breaks after "." even inside a reference marker ("Aurora 1.[1]" gives "…1.[" and
 * "1]"); a piece that closes a bracket opened before it, or has no letter, goes back to the
 * sentence before it.
 */
function mergedSegments(line: string): [number, number][] {
  const pieces: [number, number][] = [];
  for (const seg of segmenter.segment(line)) {
    const from = seg.index;
    const to = from + seg.segment.length;
    const last = pieces[pieces.length - 1];
    const prev = last ? line.slice(last[0], last[1]) : '';
    const opened = (prev.match(/[[(]/g)?.length ?? 0) > (prev.match(/[\])]/g)?.length ?? 0);
    if (last && opened) {
      // Only the part up to the closing bracket goes back; what follows it starts a sentence.
      const close = seg.segment.search(/[\])]/);
      const cut = close < 0 ? to : from + close + 1;
      last[1] = cut;
      if (cut < to && /\p{L}/u.test(line.slice(cut, to))) pieces.push([cut, to]);
      else last[1] = to;
    } else if (last && !/\p{L}/u.test(seg.segment)) last[1] = to;
    else pieces.push([from, to]);
  }
  return pieces;
}

export function segmentBody(body: string): Sentence[] {
  const out: Sentence[] = [];
  bodyLines(body).forEach((line, lineIndex) => {
    if (line.text.trim() === '') return;
    if (isTableRow(line.text)) {
      const lead = line.text.length - line.text.trimStart().length;
      const text = line.text.trim();
      out.push({ start: line.start + lead, end: line.start + lead + text.length, text, lineIndex, tableRow: true });
      return;
    }
    for (const [from, to] of mergedSegments(line.text)) {
      const raw = line.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text === '') continue;
      const start = line.start + from + lead;
      out.push({ start, end: start + text.length, text, lineIndex, tableRow: false });
    }
  });
  return out;
}
