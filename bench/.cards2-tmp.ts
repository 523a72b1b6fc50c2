import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadProject } from '../src/node/load-project.ts';
import { buildSiteData } from '../src/site/site-data.ts';
import { socialCards } from '../src/site/social-card.ts';
import { cardLayout } from '../src/build/card-layout.ts';
import { renderCard } from '../src/build/social-cards.ts';
const p = loadProject(process.argv[2]);
const cards = socialCards(buildSiteData(p.corpus, p.analysis)).slice(0, 40);
await renderCard(cards[0], 'h'); // fonts loaded, satori warmed
const { readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const req = createRequire(import.meta.url);
const fonts = (['latin', 'latin-ext'] as const).flatMap((s) => ([400, 700] as const).map((w) => ({ name: 'Inter', weight: w, style: 'normal' as const, data: readFileSync(req.resolve(`@fontsource/inter/files/inter-${s}-${w}-normal.woff`)) })));
let ts = 0, tr = 0, tp = 0, tr6 = 0, tp6 = 0, b12 = 0, b6 = 0;
for (const c of cards) {
  let t = performance.now();
  const svg = await satori(cardLayout(c, 'facts.example.org') as any, { width: 1200, height: 630, fonts });
  ts += performance.now() - t; t = performance.now();
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render();
  tr += performance.now() - t; t = performance.now();
  b12 += r.asPng().length; tp += performance.now() - t; t = performance.now();
  const r6 = new Resvg(svg, { fitTo: { mode: 'width', value: 600 } }).render();
  tr6 += performance.now() - t; t = performance.now();
  b6 += r6.asPng().length; tp6 += performance.now() - t;
}
const n = cards.length;
console.log({ satori: ts / n, render1200: tr / n, png1200: tp / n, bytes1200: b12 / n, render600: tr6 / n, png600: tp6 / n, bytes600: b6 / n });
