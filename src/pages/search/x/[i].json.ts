import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../_lib/respond.ts';
import { searchIndex } from '../../_lib/search-data.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await searchIndex()).texts.keys()].map((i) => ({ params: { i: String(i) } }));

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).texts.get(Number(params.i)) ?? '');
