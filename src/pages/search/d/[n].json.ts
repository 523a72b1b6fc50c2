import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../_lib/respond.ts';
import { searchIndex } from '../../_lib/search-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await searchIndex()).chunks.map((_, n) => ({ params: { n: String(n) } }));

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).chunks[Number(params.n)]);
