/**
 * The one bridge from the loaded project to the site's plain data, built once per build and
 * shared by every page and endpoint.
 *
 * The content loader has already validated and analysed the project in this process and
 * handed it over (src/node/project-handoff.ts); pages take that object as it is. Reading the
 * same data back through the collections meant serialising it into Astro's data store,
 * compiling the store as a module and reviving every value: about 2 s of a 10k-claim build
 * for an identical result. The collections stay the fallback, for any process the loader
 * did not run in. Collections hold JSON, so typed values get their infinite interval ends
 * back (revive) before anything reads them.
 */
import { getCollection } from 'astro:content';
import type { Claim, ClaimAnalysis, Corpus, Flag, Property, Source, Subject } from '../../core/model.ts';
import { sortFlags } from '../../core/analyze/flag.ts';
import { reviveValue } from '../../site/revive.ts';
import { buildSiteData, type SiteData } from '../../site/site-data.ts';
import { publishedProject } from '../../node/project-handoff.ts';

let cached: { version: number; data: Promise<SiteData> } | undefined;

async function fromCollections(): Promise<SiteData> {
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
  const handed = publishedProject();
  // Version 0: nothing handed over. A dev server's loader publishes a new version on every edit.
  const version = handed?.version ?? 0;
  if (cached?.version !== version) {
    cached = { version, data: handed ? Promise.resolve(buildSiteData(handed.project.corpus, handed.project.analysis)) : fromCollections() };
  }
  return cached.data;
}
