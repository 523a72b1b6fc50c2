import type { APIRoute } from 'astro';
import { buildReportsCsv } from '../../core/export/index.ts';
import { corpusAndAnalysis } from '../_lib/corpus.ts';

export const GET: APIRoute = async () => {
  const { corpus, analysis } = await corpusAndAnalysis();
  return new Response(buildReportsCsv(corpus, analysis), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
