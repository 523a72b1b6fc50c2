/**
 * Writes a generated corpus to disk in the project's layout (claims/, sources/), as a
 * contributor would: YAML front matter with double-quoted strings, bodies in markdown.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GenClaim, GenCorpus, GenSource } from './corpus.ts';
import { subRng } from './prng.ts';
import { fillerSentence, vocabulary } from './words.ts';

/** JSON strings are valid YAML double-quoted scalars, and need no hand-written escaping. */
const q = (s: string): string => JSON.stringify(s);

const VOCABULARY_SIZE = 30_000;

export function writeCorpus(root: string, corpus: GenCorpus): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const put = (rel: string, text: string) => {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  put('claims/subjects.yaml', subjectsYaml(corpus));
  put('claims/properties.yaml', propertiesYaml(corpus));
  const vocab = vocabulary(subRng(corpus.seed, 'vocabulary'), VOCABULARY_SIZE);
  for (const s of corpus.sources) put(`sources/${s.id}.md`, sourceFile(s, vocab, corpus.seed));
  for (const c of corpus.claims) put(`claims/${c.id}.md`, claimFile(c));
  return { files, bytes };
}

function subjectsYaml(corpus: GenCorpus): string {
  const lines = ['subjects:'];
  for (const s of corpus.subjects) {
    lines.push(`  - id: ${s.id}`, `    name: ${q(s.name)}`, `    kind: ${s.kind}`, `    aliases: [${s.aliases.map(q).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function propertiesYaml(corpus: GenCorpus): string {
  const lines = ['properties:'];
  for (const p of corpus.properties) {
    lines.push(`  - id: ${p.id}`, `    label: ${q(p.label)}`, `    type: ${p.type}`);
    if (p.group) lines.push(`    group: ${p.group}`);
    lines.push(`    description: ${q(`The ${p.label.toLowerCase()} as the source states it.`)}`);
  }
  lines.push(
    'relations:',
    '  - kind: between',
    '    property: api-price-blended',
    '    low: api-price-input',
    '    high: api-price-output',
    '    description: "A blended price mixes input and output prices, so it lies between them."',
  );
  return `${lines.join('\n')}\n`;
}

export function sourceFile(s: GenSource, vocab: readonly string[], seed: number): string {
  const head = [
    '---',
    `title: ${q(s.title)}`,
    `publisher: ${q(s.publisher)}`,
    `url: ${q(`https://example.org/${s.id}`)}`,
    `published: ${s.published}`,
    `kind: ${s.archived ? 'news' : 'blog'}`,
    `cites: [${s.cites.join(', ')}]`,
    `archived: ${s.archived}`,
    '---',
  ];
  if (!s.archived) return `${head.join('\n')}\n`;
  const rng = subRng(seed, s.id);
  // Facts land at random places among filler sentences, grouped into paragraphs.
  const facts = [...s.facts];
  const sentences: string[] = [];
  let words = 0;
  while (words < s.words || facts.length > 0) {
    const fillerLeft = Math.max(1, (s.words - words) / 15);
    if (facts.length > 0 && rng.chance(facts.length / (facts.length + fillerLeft))) {
      const f = facts.shift() as string;
      sentences.push(`${f}.`);
      words += f.split(' ').length;
    } else {
      const f = fillerSentence(rng, vocab);
      sentences.push(f);
      words += f.split(' ').length;
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const k = rng.int(3, 7);
    paragraphs.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  return `${head.join('\n')}\n${paragraphs.join('\n\n')}\n`;
}

export function claimFile(c: GenClaim): string {
  const lines = ['---', `subject: ${c.subject}`, `property: ${c.property}`];
  const qk = Object.keys(c.qualifiers);
  if (qk.length) lines.push(`qualifiers: {${qk.map((k) => `${k}: ${c.qualifiers[k]}`).join(', ')}}`);
  if (c.topics.length) lines.push(`topics: [${c.topics.join(', ')}]`);
  lines.push('reports:');
  for (const r of c.reports) {
    lines.push(`  - source: ${r.source}`, `    value: ${typeof r.raw === 'string' ? q(r.raw) : String(r.raw)}`, `    quote: ${q(r.quote)}`);
    if (r.via) lines.push(`    via: ${r.via}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${c.notes ? `${c.notes}\n` : ''}`;
}

/** The edit of a warm rebuild: one claim's notes change, nothing else. */
export function editOneClaim(root: string, corpus: GenCorpus): string {
  const c = corpus.claims[Math.floor(corpus.claims.length / 2)];
  const abs = join(root, 'claims', `${c.id}.md`);
  writeFileSync(abs, `${readFileSync(abs, 'utf8')}\nEdited for the warm rebuild at ${Date.now()}.\n`);
  return c.id;
}
