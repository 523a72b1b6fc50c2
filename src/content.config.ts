/**
 * The site's collections, all produced by the Crosscheck core through one loader,
 * so the site and `npm run check` share one code path and one set of errors.
 *
 * They hold what the files state (src/core/statement.ts): each claim as its file writes it,
 * without its quotes; each source's metadata, without its archived text; the subjects and
 * properties. Nothing in the site reads them (pages take the checked project:
 * src/pages/_lib/data.ts), but Astro serialises them into its data store on every build, so
 * they stay small, and a build can store them while claims are still being checked against
 * their sources. What the check derives (normalised values, quote offsets, each claim's
 * status, the flags) is in /api/claims.json and /api/conflicts.json.
 */
import { defineCollection } from 'astro:content';
import { crosscheckLoader } from './build/astro-loader.ts';

const claims = defineCollection({
  loader: crosscheckLoader('claims', (s) => s.claims.map((c) => ({ id: c.id, value: c }))),
});

/** `archived` says whether the source's file holds the article's text. */
const sources = defineCollection({
  loader: crosscheckLoader('sources', (s) => s.sources.map((source) => ({ id: source.id, value: source }))),
});

const subjects = defineCollection({
  loader: crosscheckLoader('subjects', (s) => s.subjects.map((subject) => ({ id: subject.id, value: subject }))),
});

const properties = defineCollection({
  loader: crosscheckLoader('properties', (s) => s.properties.map((property) => ({ id: property.id, value: property }))),
});

export const collections = { claims, sources, subjects, properties };
