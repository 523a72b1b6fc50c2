/**
 * Silent edits: compares the text archived for a source with a fresh copy of the page,
 * paragraph by paragraph (jsdiff's array diff), and says which quoted passages no longer
 * occur. Whitespace differences (line wrapping, one blank line or two) are not edits.
 */
import { diffArrays } from 'diff';
import { z } from 'zod';
import { buildQuoteIndex, findQuote } from '../quotes.ts';
import { paragraphsOfText } from './article-text.ts';

export const quotedPassageSchema = z
  .object({
    claim: z.string().describe('Id of the claim whose report quotes the source.'),
    file: z.string().describe('The claim file.'),
    line: z.number().int().describe('Line of the quote in the claim file.'),
    col: z.number().int().describe('Column of the quote in the claim file.'),
    quote: z.string().describe('The quoted text.'),
  })
  .describe('One report quoting the source.');

export type QuotedPassage = z.infer<typeof quotedPassageSchema>;

export const driftSchema = z
  .object({
    paragraphs: z.number().int().describe('Paragraphs in the archived text.'),
    changes: z
      .array(
        z.object({
          removed: z.array(z.string()).describe('Archived paragraphs no longer on the page.'),
          added: z.array(z.string()).describe('Paragraphs on the page that were not archived.'),
          words: z.array(z.object({ from: z.string(), to: z.string() })).describe('For each removed paragraph with a close counterpart among the added ones (edited in place): the words that differ.'),
        }),
      )
      .describe('Each place where the page differs from the archive, in text order.'),
    brokenQuotes: z.array(quotedPassageSchema).describe('Quotes found in the archived text but not in the fresh one.'),
  })
  .describe('How a page differs from the text archived for it.');

export type Drift = z.infer<typeof driftSchema>;

const squash = (p: string) => p.replace(/\s+/g, ' ').trim();

export function compareWithArchive(archived: string, fresh: string, quotes: readonly QuotedPassage[]): Drift {
  const before = paragraphsOfText(archived).map(squash);
  const after = paragraphsOfText(fresh).map(squash);
  const changes: Drift['changes'] = [];
  let pending: Drift['changes'][number] | undefined;
  for (const part of diffArrays(before, after)) {
    if (!part.added && !part.removed) {
      if (pending) changes.push(pending);
      pending = undefined;
      continue;
    }
    pending ??= { removed: [], added: [], words: [] };
    (part.added ? pending.added : pending.removed).push(...part.value);
  }
  if (pending) changes.push(pending);
  for (const c of changes) c.words = c.removed.flatMap((r) => {
    // A paragraph edited in place has a close counterpart among the added ones; show its changed words.
    const twin = c.added.find((a) => similarity(r, a) >= 0.6);
    return twin ? changedWords(r, twin) : [];
  });

  const archivedIndex = buildQuoteIndex(archived);
  const freshIndex = buildQuoteIndex(fresh);
  // A quote that never matched the archive is the check's business, not an edit of the page.
  const brokenQuotes = quotes.filter((q) => findQuote(archivedIndex, q.quote) && !findQuote(freshIndex, q.quote));
  return { paragraphs: before.length, changes, brokenQuotes };
}

/** Share of words two paragraphs have in common (Dice coefficient over word multisets). */
function similarity(a: string, b: string): number {
  const wa = a.toLowerCase().split(' ');
  const wb = b.toLowerCase().split(' ');
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/** "…deployed 10,000 racks…" vs "…deployed 8,000 racks…" -> [{from: "10,000", to: "8,000"}]: whole words, as a reader sees them. */
function changedWords(a: string, b: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let from: string[] = [];
  let to: string[] = [];
  const flush = () => {
    if (from.length || to.length) out.push({ from: from.join(' '), to: to.join(' ') });
    from = [];
    to = [];
  };
  for (const part of diffArrays(a.split(' '), b.split(' '))) {
    if (part.removed) from.push(...part.value);
    else if (part.added) to.push(...part.value);
    else flush();
  }
  flush();
  return out;
}
