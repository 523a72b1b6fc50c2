/**
 * The site's collections, all produced by the Crosscheck core through one loader,
 * so the site and `npm run check` share one code path and one set of errors.
 */
import { defineCollection } from 'astro:content';
import { crosscheckLoader } from './node/astro-loader.ts';

/**
 * Each claim as its file states it, with its status. Normalised values, positions and quote
 * offsets are derived: they tripled what Astro serialises into its data store on every build
 * (about a second at 10k claims), and /api/claims.json carries them for anyone who needs them.
 */
const claims = defineCollection({
  loader: crosscheckLoader('claims', (p) =>
    p.corpus.claims.map((c) => ({
      id: c.id,
      value: { ...c, reports: c.reports.map(({ source, raw, quote, via }) => ({ source, raw, quote, via })), analysis: p.analysis.claims.get(c.id) },
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
