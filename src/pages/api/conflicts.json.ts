import type { APIRoute } from 'astro';
import { buildConflictsJson } from '../../core/export/index.ts';
import { corpusAndAnalysis } from '../_lib/corpus.ts';
import { json } from '../_lib/respond.ts';

export const GET: APIRoute = async () => {
  const { corpus, analysis } = await corpusAndAnalysis();
  return json(buildConflictsJson(corpus, analysis));
};
