/**
 * `npm run recheck -- [source ids]`: fetches archived sources again and reports silent edits:
 * which passages changed since archiving, and which quoted passages no longer occur (their
 * claims need a look). Without ids, every archived source with a url.
 * Exit 0: nothing quoted changed; 1: a quoted passage changed; 2: bad usage;
 * 3: nothing quoted changed, but some source could not be fetched again.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromText, extractArticle } from '../core/archive/extract-article.ts';
import { compareWithArchive, type Drift, type QuotedPassage } from '../core/archive/drift.ts';
import { quoteUserText } from '../core/diagnostics.ts';
import type { Corpus, Source } from '../core/model.ts';
import { parseMarkdownFile } from '../core/parse/parse-file.ts';
import { claimSchema } from '../core/schema/claim.ts';
import { suggest } from '../core/suggest.ts';
import { validateProject } from '../core/validate.ts';
import { readProjectFiles } from '../node/read-project.ts';
import { DEFAULT_LIMITS, fetchPage, type FetchLimits } from './fetch-page.ts';

const USAGE = `Usage: npm run recheck -- [<source id> …] [--format text|json] [--root <dir>]

Fetches archived sources again and reports what changed on the page since it was archived,
and every quote that no longer occurs there. Without ids: every archived source with a url.
Exit 1 when a quoted passage changed, 3 when a source could not be fetched again.`;

export type Recheck = { id: string; file: string; url: string } & ({ ok: true; drift: Drift } | { ok: false; error: string });

/** The reports quoting each source, with the quote's position in its claim file. */
export function quotedPassages(root: string, corpus: Corpus): Map<string, QuotedPassage[]> {
  const out = new Map<string, QuotedPassage[]>();
  for (const claim of corpus.claims) {
    let positions: Map<string, { line: number; col: number }> | undefined;
    try {
      const parsed = parseMarkdownFile(claim.file, readFileSync(join(root, claim.file), 'utf8'), claimSchema, 'claim');
      if (parsed.ok) positions = parsed.value.positions;
    } catch {
      // The position is a convenience; the report is still listed, at the report's value.
    }
    claim.reports.forEach((r, i) => {
      const at = positions?.get(`reports.${i}.quote`) ?? r.position;
      const list = out.get(r.source) ?? [];
      list.push({ claim: claim.id, file: claim.file, line: at.line, col: at.col, quote: r.quote });
      out.set(r.source, list);
    });
  }
  return out;
}

export async function recheckSource(source: Source & { url: string }, quotes: QuotedPassage[], limits: FetchLimits = DEFAULT_LIMITS): Promise<Recheck> {
  const base = { id: source.id, file: source.file, url: source.url };
  const page = await fetchPage(source.url, limits);
  if (!page.ok) return { ...base, ok: false, error: page.error };
  const article = page.kind === 'html' ? extractArticle(page.text, page.url) : articleFromText(page.text);
  if (!article.ok) return { ...base, ok: false, error: article.reason };
  return { ...base, ok: true, drift: compareWithArchive(source.body, article.article.body, quotes) };
}

export function formatRecheck(r: Recheck): string[] {
  if (!r.ok) return [`${r.file}  could not be checked: ${r.error}`];
  const { drift } = r;
  if (drift.changes.length === 0) return [`${r.file}  unchanged (${drift.paragraphs} paragraphs)`];
  const removed = drift.changes.reduce((n, c) => n + c.removed.length, 0);
  const added = drift.changes.reduce((n, c) => n + c.added.length, 0);
  const lines = [`${r.file}  changed since archiving: ${removed} passage${removed === 1 ? '' : 's'} removed or edited, ${added} added (${r.url})`];
  for (const c of drift.changes) {
    for (const p of c.removed) lines.push(`  - ${quoteUserText(p, 300)}`);
    for (const p of c.added) lines.push(`  + ${quoteUserText(p, 300)}`);
    if (c.words.length) lines.push(`    words: ${c.words.map((w) => `${quoteUserText(w.from || '(nothing)', 60)} → ${quoteUserText(w.to || '(nothing)', 60)}`).join(', ')}`);
  }
  for (const q of drift.brokenQuotes) {
    lines.push(`  ✖ ${q.file}:${q.line}:${q.col}  the quote of claim ${q.claim}, ${quoteUserText(q.quote, 60)}, is no longer on the page: the claim needs a look`);
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`Unknown --format ${JSON.stringify(values.format)}.\n\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(values.root ?? '.');
  const { corpus } = validateProject(readProjectFiles(root));
  const byId = new Map(corpus.sources.map((s) => [s.id, s]));
  const ids = positionals.length ? positionals : corpus.sources.filter((s) => s.archived && s.url).map((s) => s.id);
  const problems: string[] = [];
  for (const id of positionals) {
    const s = byId.get(id);
    if (!s) {
      const near = suggest(id, [...byId.keys()]);
      problems.push(`No valid source ${quoteUserText(id)} in sources/.${near ? ` Did you mean ${quoteUserText(near)}?` : ''}`);
    } else if (!s.archived) problems.push(`${s.file} is not archived: there is no text to compare.`);
    else if (!s.url) problems.push(`${s.file} has no url to fetch again.`);
  }
  if (problems.length) {
    process.stderr.write(`${problems.map((p) => `✖ ${p}`).join('\n')}\n`);
    return 2;
  }
  const quotes = quotedPassages(root, corpus);
  const results: Recheck[] = [];
  // One source at a time: a recheck is rare, and sites should not see a burst from us.
  for (const id of ids) {
    const s = byId.get(id) as Source & { url: string };
    const r = await recheckSource(s, quotes.get(id) ?? []);
    results.push(r);
    if (values.format === 'text') process.stdout.write(`${formatRecheck(r).join('\n')}\n`);
  }
  const broken = results.reduce((n, r) => n + (r.ok ? r.drift.brokenQuotes.length : 0), 0);
  const failed = results.filter((r) => !r.ok).length;
  const changed = results.filter((r) => r.ok && r.drift.changes.length > 0).length;
  if (values.format === 'json') process.stdout.write(`${JSON.stringify({ results, summary: { sources: results.length, changed, failed, brokenQuotes: broken } }, null, 2)}\n`);
  else {
    process.stdout.write(
      `\n${results.length} source${results.length === 1 ? '' : 's'} rechecked: ${results.length - changed - failed} unchanged, ${changed} changed, ${failed} not reachable; ${broken} quoted passage${broken === 1 ? '' : 's'} changed.\n`,
    );
  }
  return broken > 0 ? 1 : failed > 0 ? 3 : 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`Crosscheck hit an internal error; please report it.\n${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 4;
  }
}
