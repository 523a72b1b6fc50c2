import type { APIRoute } from 'astro';
import { apiResponse } from '../../site/api.ts';

export const GET: APIRoute = () => apiResponse('sources.json');
