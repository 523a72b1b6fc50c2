import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../_lib/respond.ts';
import { searchIndex } from '../../_lib/search-data.ts';

export const getStaticPaths: GetStaticPaths = async () => Array.from({ length: (await searchIndex()).meta.shards }, (_, n) => ({ params: { n: String(n) } }));

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).shard(Number(params.n)));
