/**
 * One short name per source, the same in tables, charts, flags, notes and the graph: the
 * publisher when the source has one and is its publisher's only source, otherwise a short
 * title (the publisher first when it has several sources). Titles are long headlines, and a
 * headline cut at a fixed length often ends on a generic opening ("OpenAI's GPT-5.5: …"), so
 * the short title drops a short lead-in before a colon and stops at the headline's first break.
 */

export interface NamedSource {
  id: string;
  title: string;
  publisher?: string;
}

/** Longest short title, in characters, before it is cut at a word boundary. */
export const SHORT_TITLE_LIMIT = 42;

/** A lead-in of at most this many words before ": " is dropped ("GPT-5.5: The Retrain…" -> "The Retrain…"). */
const LEAD_IN_WORDS = 3;

/** "OpenAI's GPT-5.5: The Retrain Nobody Expected — How …" -> "The Retrain Nobody Expected". */
export function shortSourceTitle(title: string, limit = SHORT_TITLE_LIMIT): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const colon = t.indexOf(': ');
  if (colon > 0 && t.slice(0, colon).split(' ').length <= LEAD_IN_WORDS && t.length - colon > 12) t = t.slice(colon + 2);
  // The headline's first break: a dash, a pipe, a parenthesis, a colon, or ", and".
  const cut = /\s[—–|-]\s|\s\(|: |, and |, but /.exec(t);
  if (cut && cut.index >= 12) t = t.slice(0, cut.index);
  if (t.length <= limit) return t;
  const head = t.slice(0, limit + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : t.slice(0, limit)).replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/** The short name of every source, by id, computed once for a corpus. */
export function sourceShortNames(sources: readonly NamedSource[]): Map<string, string> {
  const perPublisher = new Map<string, number>();
  for (const s of sources) if (s.publisher) perPublisher.set(s.publisher, (perPublisher.get(s.publisher) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const s of sources) {
    if (s.publisher && perPublisher.get(s.publisher) === 1) names.set(s.id, s.publisher);
    else names.set(s.id, s.publisher ? `${s.publisher}: ${shortSourceTitle(s.title, 32)}` : shortSourceTitle(s.title));
  }
  // Two sources must never share a name: sources whose names collide carry their ids.
  const seen = new Map<string, number>();
  for (const n of names.values()) seen.set(n, (seen.get(n) ?? 0) + 1);
  for (const [id, n] of names) if ((seen.get(n) ?? 0) > 1) names.set(id, `${n} (${id})`);
  return names;
}

/** Whether a short name is a cut title rather than a publisher: sentences put it in quotes. */
export function nameIsTitle(source: NamedSource, name: string): boolean {
  return !source.publisher || name !== source.publisher;
}
