import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../site/feed.ts';
import { siteData } from '../site/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(feedEntries(await siteData()), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
