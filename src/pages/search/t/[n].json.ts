import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../_lib/respond.ts';
import { searchIndex } from '../../_lib/search-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await searchIndex()).shards.map((_, n) => ({ params: { n: String(n) } }));

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).shards[Number(params.n)]);
