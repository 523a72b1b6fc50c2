import type { APIRoute } from 'astro';
import { json } from '../_lib/respond.ts';
import { searchIndex } from '../_lib/search-data.ts';

export const GET: APIRoute = async () => json((await searchIndex()).facets);
