/**
 * The Atom feed (/feed.xml) for people who follow corrections: one entry per flag and per
 * editor's verdict, newest first.
 *
 * An entry's date is the latest date of what it reports: for a flag, the newest `retrieved`
 * (else `published`) date among the sources involved, so an entry moves up again when a newly
 * archived source changes it, or the review date of the verdict that resolved it, if later;
 * for a verdict, its review date. Entry ids are UUIDs derived from the flag or verdict, stable
 * across builds and site addresses, so a reader shows a changed entry as updated, not as new.
 */
import { createHash } from 'node:crypto';
import type { Claim, Flag } from '../core/model.ts';
import { rawText } from './format.ts';
import { flagKindLabel } from './group.ts';
import { ratingLabel } from './labels.ts';
import { markdownToText } from './markdown.ts';
import { absoluteUrl, SITE_NAME } from './page-meta.ts';
import { claimText, type SiteData } from './site-data.ts';
import { paths } from './urls.ts';
import { xmlText } from './xml.ts';

/** Entries in the feed: the newest; readers keep what they fetched before. */
export const FEED_LIMIT = 100;

export interface FeedEntry {
  id: string;
  title: string;
  /** Site path of the page the entry links to. */
  path: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
  category: string;
}

/** A UUID (version 5 layout, SHA-1 of the name) as an Atom id: stable and absolute. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(`crosscheck:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** A source date (YYYY, YYYY-MM or YYYY-MM-DD) as the start of that period, UTC; undefined if it is none of these. */
export function feedDate(date: string | undefined): string | undefined {
  const m = date === undefined ? null : /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`;
}

function latest(dates: Array<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d > best)) best = d;
  return best;
}

function sourceDate(data: SiteData, id: string): string | undefined {
  const s = data.sources.get(id);
  return feedDate(s?.retrieved) ?? feedDate(s?.published);
}

function flagEntry(data: SiteData, flag: Flag): FeedEntry | undefined {
  const updated = latest([...flag.sources.map((id) => sourceDate(data, id)), feedDate(flag.resolved?.reviewed)]);
  if (!updated) return undefined;
  const claims = [...new Set(flag.claims)].map((id) => data.claims.get(id)).filter((c): c is Claim => c !== undefined);
  const subject = claims.length > 0 ? claims.map((c) => claimText(data, c)).join('; ') : flag.claims.join('; ');
  const values = [...new Set(flag.values.map((v) => rawText(v.raw)))].join(' vs ');
  return {
    id: nameUuid(`flag:${flag.id}`),
    title: `${flag.resolved ? `Resolved (${ratingLabel(flag.resolved.rating)}): ` : ''}${flagKindLabel(flag.kind)}: ${subject}${values ? ` (${values})` : ''}`,
    path: claims.length === 1 ? paths.claim(claims[0].id) : paths.flag(flag.id),
    updated,
    summary: flag.explanation,
    category: flag.kind,
  };
}

function verdictEntry(data: SiteData, claim: Claim): FeedEntry | undefined {
  if (!claim.verdict) return undefined;
  const updated = feedDate(claim.verdict.reviewed) ?? latest(claim.reports.map((r) => sourceDate(data, r.source)));
  if (!updated) return undefined;
  const value = claim.verdict.value !== undefined ? `: ${rawText(claim.verdict.value)}` : '';
  return {
    id: nameUuid(`verdict:${claim.id}`),
    title: `Verdict (${ratingLabel(claim.verdict.rating)}) on ${claimText(data, claim)}${value}`,
    path: paths.claim(claim.id),
    updated,
    summary: markdownToText(claim.verdict.note),
    category: 'verdict',
  };
}

/** Every dated entry, newest first (ties by title, so the order is stable), at most `limit`. */
export function feedEntries(data: SiteData, limit = FEED_LIMIT): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const f of data.analysis.flags) {
    const e = flagEntry(data, f);
    if (e) entries.push(e);
  }
  for (const c of data.claims.values()) {
    const e = verdictEntry(data, c);
    if (e) entries.push(e);
  }
  entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return entries.slice(0, limit);
}

/**
 * The feed's XML. Links are absolute with the site's address; without it they are site paths,
 * which Atom allows (resolved against the feed's own URL).
 */
export function atomFeed(entries: readonly FeedEntry[], site: URL | string | undefined): string {
  const href = (path: string) => xmlText(absoluteUrl(path, site) ?? path);
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${nameUuid('feed')}</id>`,
    `  <title>${SITE_NAME}: new and changed flags and verdicts</title>`,
    '  <subtitle>Contradictions between sources, and editors\u2019 verdicts on them, newest first.</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${href(paths.feed)}"/>`,
    `  <link rel="alternate" type="text/html" href="${href(paths.conflicts)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${SITE_NAME}</name></author>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${e.id}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${href(e.path)}"/>`,
      `    <updated>${e.updated}</updated>`,
      `    <category term="${xmlText(e.category)}"/>`,
      `    <summary>${xmlText(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
