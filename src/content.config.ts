/**
 * The site's collections, all produced by the Crosscheck core through one loader,
 * so the site and `npm run check` share one code path and one set of errors.
 */
import { defineCollection } from 'astro:content';
import { crosscheckLoader } from './node/astro-loader.ts';

/**
 * Each claim as its file states it, without its quotes, and its status. Nothing in the site
 * reads the collections (pages take the loaded project: src/pages/_lib/data.ts), but Astro
 * serialises them into its data store on every build and reads the store back on the next,
 * so they carry what a listing needs: quotes, normalised values, positions and the analysis
 * were two thirds of the claims' share at 10k claims. /api/claims.json carries all of it.
 */
const claims = defineCollection({
  loader: crosscheckLoader('claims', (p) =>
    p.corpus.claims.map((c) => ({
      id: c.id,
      value: { ...c, reports: c.reports.map(({ source, raw, via }) => ({ source, raw, via })), status: p.analysis.claims.get(c.id)?.status },
    })),
  ),
});

/**
 * Each source's metadata, without its archived text: the text is about two thirds of all the
 * data at 10k claims, Astro would serialise it into its data store on every build, and source
 * pages read it from the loaded project. `archived` says whether the file holds one.
 */
const sources = defineCollection({
  loader: crosscheckLoader('sources', (p) => p.corpus.sources.map(({ body: _text, ...meta }) => ({ id: meta.id, value: meta }))),
});

const subjects = defineCollection({
  loader: crosscheckLoader('subjects', (p) => p.corpus.subjects.map((s) => ({ id: s.id, value: s }))),
});

const properties = defineCollection({
  loader: crosscheckLoader('properties', (p) => p.corpus.properties.map((s) => ({ id: s.id, value: s }))),
});

const flags = defineCollection({
  loader: crosscheckLoader('flags', (p) => p.analysis.flags.map((f) => ({ id: f.id, value: f }))),
});

export const collections = { claims, sources, subjects, properties, flags };
