/**
 * The social card of a contested claim: the image a link preview shows when someone shares
 * the claim's page. What it says is decided here, from the site's data; the build renders it
 * to a PNG (src/build/social-cards.ts) and keeps it while its content is unchanged.
 *
 * The values are shown side by side as groups of reports that agree with each other (the
 * engine's own comparison), largest first, each with the sources behind it.
 */
import { createHash } from 'node:crypto';
import { compareValues } from '../core/compare/index.ts';
import type { Claim, Report } from '../core/model.ts';
import { rawText } from './format.ts';
import { claimText, type SiteData } from './site-data.ts';
import { paths } from './urls.ts';

/**
 * The published image: 600×315, the smallest size Facebook shows as a large preview and twice
 * Twitter's minimum. A 1200×630 card cost about three times as much to rasterise and encode
 * (BENCHMARKS.md, "Social cards"), and the build makes one per contested claim.
 */
export const CARD_WIDTH = 600;
export const CARD_HEIGHT = 315;
/** Groups shown on a card; the rest are counted ("+2 more values"). */
const MAX_GROUPS = 3;
/** Source names listed per group; the rest are counted. */
const MAX_NAMES = 2;

export interface CardGroup {
  /** The value as its first source wrote it. */
  value: string;
  /** How many reports give it. */
  reports: number;
  /** Short names of its first sources. */
  names: string[];
  /** Sources behind it beyond `names`. */
  moreNames: number;
}

export interface SocialCard {
  claim: string;
  /** Site path of the PNG. */
  path: string;
  title: string;
  groups: CardGroup[];
  /** Groups left off the card. */
  moreGroups: number;
  reports: number;
  /** The image's text alternative: everything the card says. */
  alt: string;
}

/** A source's name as short as it stays recognisable: its publisher, else its title, cut at a word. */
function shortName(data: SiteData, id: string): string {
  const s = data.sources.get(id);
  const name = s?.publisher ?? s?.title ?? id;
  if (name.length <= 44) return name;
  const cut = name.slice(0, 43);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.·-]+$/u, '')}…`;
}

/** Reports grouped by agreement: each joins the first group whose first value it agrees with. */
export function agreeingGroups(reports: readonly Report[]): Report[][] {
  const groups: Report[][] = [];
  for (const r of reports) {
    const home = groups.find((g) => compareValues(g[0].value, r.value).agree);
    if (home) home.push(r);
    else groups.push([r]);
  }
  // Stable: equal sizes keep the order of the claim file.
  return groups.map((g, i) => ({ g, i })).sort((a, b) => b.g.length - a.g.length || a.i - b.i).map(({ g }) => g);
}

export function hasSocialCard(data: SiteData, claimId: string): boolean {
  return data.analysis.claims.get(claimId)?.status === 'contested';
}

/** The card of a contested claim; undefined for any other claim. */
export function socialCard(data: SiteData, claim: Claim): SocialCard | undefined {
  if (!hasSocialCard(data, claim.id)) return undefined;
  const all = agreeingGroups(claim.reports).map((reports) => {
    const sources = [...new Set(reports.map((r) => r.source))];
    const names = sources.slice(0, MAX_NAMES).map((id) => shortName(data, id));
    return { value: rawText(reports[0].raw), reports: reports.length, names, moreNames: sources.length - names.length };
  });
  const groups = all.slice(0, MAX_GROUPS);
  const title = claimText(data, claim);
  const said = all.map((g) => `${g.value} (${g.reports === 1 ? '1 report' : `${g.reports} reports`})`).join(' vs ');
  return {
    claim: claim.id,
    path: paths.card(claim.id),
    title,
    groups,
    moreGroups: all.length - groups.length,
    reports: claim.reports.length,
    alt: `Contested: ${title}. The sources disagree: ${said}.`,
  };
}

export function socialCards(data: SiteData): SocialCard[] {
  const out: SocialCard[] = [];
  for (const claim of data.claims.values()) {
    const card = socialCard(data, claim);
    if (card) out.push(card);
  }
  return out;
}

/** Identifies what a card shows; with the renderer's version, equal keys give equal images. */
export function socialCardKey(card: SocialCard, host: string): string {
  return createHash('sha256').update(JSON.stringify([card, host])).digest('base64url');
}
