/**
 * The one bridge from Astro's collections to the site's plain data. Collections hold JSON,
 * so typed values get their infinite interval ends back (revive) before anything reads them.
 * Loaded once per build and shared by every page and endpoint.
 */
import { getCollection } from 'astro:content';
import type { Claim, ClaimAnalysis, Corpus, Flag, Property, Source, Subject } from '../../core/model.ts';
import { sortFlags } from '../../core/analyze/flag.ts';
import { reviveValue } from '../../site/revive.ts';
import { buildSiteData, type SiteData } from '../../site/site-data.ts';

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [claimEntries, sourceEntries, subjectEntries, propertyEntries, flagEntries] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('subjects'),
    getCollection('properties'),
    getCollection('flags'),
  ]);
  const analyses = new Map<string, ClaimAnalysis>();
  const claims: Claim[] = claimEntries.map((e) => {
    const { analysis, ...claim } = e.data as unknown as Claim & { analysis?: ClaimAnalysis };
    if (analysis) analyses.set(claim.id, analysis);
    return { ...claim, reports: claim.reports.map((r) => ({ ...r, value: reviveValue(r.value) })) };
  });
  const corpus: Corpus = {
    claims,
    sources: sourceEntries.map((e) => e.data as unknown as Source),
    subjects: subjectEntries.map((e) => e.data as unknown as Subject),
    properties: propertyEntries.map((e) => e.data as unknown as Property),
    relations: [],
  };
  const flags = sortFlags(flagEntries.map((e) => e.data as unknown as Flag));
  return buildSiteData(corpus, { claims: analyses, flags });
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
