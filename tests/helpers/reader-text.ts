/**
 * What a reader sees of a built page, and the defects of wording a fact-checker found in it:
 * counts that disagree with their noun ("1 reports"), "the The", values that never arrived
 * ("undefined", "NaN", "[object Object]"), double spaces, backticks, and ids where names belong.
 * Archived article text and scripts are left out: the one is the sources' own words, the other unseen.
 */

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', nbsp: ' ', '#39': "'", '#x27': "'" };
const decode = (s: string) => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => ENTITIES[e.toLowerCase()] ?? m);

/** The page's visible text: one string per text node, and the same joined within each block. */
export function visibleText(html: string): { nodes: string[]; blocks: string[] } {
  const body = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    // The archived article, verbatim (src/components/source-text.astro): the source's words, not ours.
    .replace(/<div class="archive">[\s\S]*?<\/div>/g, ' ')
    .replace(/<head>[\s\S]*?<title>/, '<title>')
    .replace(/<\/title>[\s\S]*?<\/head>/, '</title>');
  const nodes = body
    .split(/<[^>]*>/)
    .map(decode)
    .filter((t) => t.trim() !== '');
  const blocks = body
    .replace(/<\/?(?:p|li|h[1-6]|td|th|tr|div|dd|dt|title|caption|section|header|footer|nav|ul|ol|table|br|figcaption|summary|details)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((b) => decode(b).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { nodes, blocks };
}

const COUNT_NOUNS = 'reports?|claims?|sources?|flags?|origins?|independent origins?|camps?|passages?|results?|benchmarks?|columns?';

/** The wording defects in a page's visible text; `ids` are record ids (hyphenated) that must never show. */
export function readerTextDefects(html: string, ids: ReadonlySet<string> = new Set()): string[] {
  const { nodes, blocks } = visibleText(html);
  const found: string[] = [];
  const say = (what: string, text: string, at: number) => found.push(`${what}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
  for (const node of nodes) {
    const double = /\S {2,}\S/.exec(node);
    if (double) say('double space', node, double.index);
  }
  for (const block of blocks) {
    const checks: Array<[string, RegExp]> = [
      ['a count of one in the plural', new RegExp(`(?<![\\d.,])1 (?:${COUNT_NOUNS.replace(/s\?/g, 's')})\\b`)],
      ['"the The"', /\bthe The\b/],
      ['undefined', /\bundefined\b/],
      ['NaN', /\bNaN\b/],
      ['[object Object]', /\[object Object\]/],
      ['backtick', /`/],
    ];
    for (const [what, re] of checks) {
      const m = re.exec(block);
      if (m) say(what, block, m.index);
    }
    // Ids as whole tokens, outside web addresses.
    const prose = block.replace(/\bhttps?:\/\/\S+/g, ' ');
    for (const m of prose.matchAll(/(?<![\w./-])[a-z0-9]+(?:-[a-z0-9]+)+(?:\/[a-z0-9]+(?:--?[a-z0-9]+)*)?(?![\w/-])/g)) {
      if (m[0].includes('/') || ids.has(m[0])) say('an id', prose, m.index ?? 0);
    }
  }
  return found;
}
