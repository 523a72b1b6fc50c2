/** Id helpers: claim ids from their parts, and comparison keys that ignore case and Unicode form. */

/** Invisible, bidi-control and other format characters that must never appear in an id. */
export const INVISIBLE_OR_BIDI = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The key two ids are compared by: NFC, then case-folded. */
export function idKey(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/** `gpt-5-5`, `terminal-bench-2-0-lead`, `{versus: claude-opus-4-7}` -> `gpt-5-5/terminal-bench-2-0-lead--claude-opus-4-7` */
export function claimId(subject: string, property: string, qualifiers: Record<string, string>): string {
  const suffix = Object.keys(qualifiers)
    .sort()
    .map((k) => `--${qualifiers[k]}`)
    .join('');
  return `${subject}/${property}${suffix}`;
}

/** Expected repository path of a claim file. */
export function claimPath(id: string): string {
  return `claims/${id}.md`;
}

export function sourceIdFromPath(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.md$/, '');
}
