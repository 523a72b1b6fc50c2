/** The corpus and analysis as the export builders take them, from the shared site data. */
import type { Analysis, Corpus } from '../../core/model.ts';
import { siteData } from './data.ts';

export async function corpusAndAnalysis(): Promise<{ corpus: Corpus; analysis: Analysis }> {
  const data = await siteData();
  return { corpus: data.corpus, analysis: data.analysis };
}
