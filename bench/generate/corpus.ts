/**
 * Generates a realistic synthetic Crosscheck project in memory: registries, archived
 * sources with thousands of words, upstreams known only by citation, and claims whose
 * reports quote the sources exactly. Deterministic for a given seed and size.
 */
import type { RawValue, ValueType } from '../../src/core/model.ts';
import { VALUE_TYPES } from '../../src/core/values/registry.ts';
import { subRng } from './prng.ts';
import { disagreeWith, factSentence, makeValue, restate } from './values.ts';
import { capitalize, fillerSentence, syllableWord, toId, uniqueNames, vocabulary } from './words.ts';

export interface GenSubject { id: string; name: string; kind: string; aliases: string[] }
export interface GenProperty { id: string; label: string; type: ValueType; group?: string }
export interface GenReport { source: string; raw: RawValue; quote: string; via?: string }
export interface GenClaim {
  id: string;
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  topics: string[];
  reports: GenReport[];
  notes: string;
}
export interface GenSource {
  id: string;
  title: string;
  publisher: string;
  published: string;
  cites: string[];
  archived: boolean;
  /** Fact sentences this source must contain, placed among filler when the body is written. */
  facts: string[];
  words: number;
}

export interface GenCorpus {
  seed: number;
  subjects: GenSubject[];
  properties: GenProperty[];
  sources: GenSource[];
  claims: GenClaim[];
  /** Claims with at least one report that disagrees with another. */
  contested: number;
}

export interface GenOptions {
  claims: number;
  seed?: number;
  /** Archived sources per claim; one source backs about 1/ratio × 2.2 reports. */
  sourcesPerClaim?: number;
}

const SUBJECTS = 300;
const PROPERTIES = 200;
const SUBJECT_KINDS = ['model', 'organization', 'product', 'hardware', 'benchmark', 'facility'];
const TOPICS = Array.from({ length: 24 }, (_, i) => `topic-${i + 1}`);
const PUBLISHERS = ['Daily Neural Digest', 'Compute Weekly', 'The Model Ledger', 'Inference Times', 'Frontier Review', 'Token Street Journal'];
/** A prime that does not divide SUBJECTS × PROPERTIES, so claim i walks every pair once before repeating. */
const STRIDE = 7919;

export function generateCorpus(options: GenOptions): GenCorpus {
  const seed = options.seed ?? 42;
  const n = options.claims;
  const nameRng = subRng(seed, 'names');
  const subjects = uniqueNames(nameRng, SUBJECTS, ['2', '3', '4.5', 'Pro', 'Ultra', 'Mini', 'X', 'Labs']).map((name, i) => ({
    id: toId(name),
    name,
    kind: SUBJECT_KINDS[i % SUBJECT_KINDS.length],
    aliases: nameRng.chance(0.2) ? [capitalize(syllableWord(nameRng, 2))] : [],
  }));
  const properties = makeProperties(subRng(seed, 'properties'));

  const srcRng = subRng(seed, 'sources');
  const upstreamCount = Math.max(8, Math.ceil(n / 200));
  const upstreams: GenSource[] = uniqueNames(srcRng, upstreamCount, ['Blog', 'Announcement', 'Paper', 'Post']).map((t, i) => ({
    id: `up-${toId(t)}-${i}`,
    title: t,
    publisher: srcRng.pick(PUBLISHERS),
    published: '2026-04-23',
    cites: [],
    archived: false,
    facts: [],
    words: 0,
  }));
  const archivedCount = Math.max(12, Math.ceil(n * (options.sourcesPerClaim ?? 1 / 15)));
  const archived: GenSource[] = [];
  for (let i = 0; i < archivedCount; i++) {
    const title = `${capitalize(syllableWord(srcRng, 2))} ${srcRng.pick(['report', 'review', 'analysis', 'briefing', 'deep dive'])} ${i + 1}`;
    const cites = new Set<string>();
    const k = srcRng.int(0, 3);
    // Zipf over upstreams: a few are cited by many articles (the shared `via` upstreams).
    for (let j = 0; j < k; j++) cites.add(upstreams[srcRng.zipf(upstreams.length)].id);
    archived.push({
      id: `src-${toId(title)}`,
      title: capitalize(title),
      publisher: srcRng.pick(PUBLISHERS),
      published: `2026-${String(srcRng.int(1, 12)).padStart(2, '0')}-${String(srcRng.int(1, 28)).padStart(2, '0')}`,
      cites: [...cites].sort(),
      archived: true,
      facts: [],
      words: srcRng.int(2000, 4000),
    });
  }

  const claimRng = subRng(seed, 'claims');
  const claims: GenClaim[] = [];
  let contested = 0;
  const pairs = SUBJECTS * PROPERTIES;
  for (let i = 0; i < n; i++) {
    const k = (i * STRIDE) % pairs;
    const subject = subjects[k % SUBJECTS];
    const property = properties[Math.floor(k / SUBJECTS)];
    const variant = Math.floor(i / pairs);
    const qualifiers: Record<string, string> = variant > 0 ? { variant: `tier-${variant + 1}` } : {};
    const id = `${subject.id}/${property.id}${variant > 0 ? `--tier-${variant + 1}` : ''}`;
    const reportCount = weighted(claimRng.next(), [0.3, 0.35, 0.25, 0.1]) + 1;
    const base = makeValue(property.type, claimRng);
    const disagree = reportCount > 1 && claimRng.chance(0.05);
    if (disagree) contested++;
    const used = new Set<string>();
    const reports: GenReport[] = [];
    for (let r = 0; r < reportCount; r++) {
      let source = archived[claimRng.int(0, archived.length - 1)];
      while (used.has(source.id)) source = archived[claimRng.int(0, archived.length - 1)];
      used.add(source.id);
      const value = disagree && r === reportCount - 1 ? disagreeWith(property.type, base, claimRng) : restate(property.type, base, claimRng);
      const quote = factSentence(claimRng, subject.name, property.label, value, property.type);
      source.facts.push(quote);
      const via = source.cites.length > 0 && claimRng.chance(0.35) ? claimRng.pick(source.cites) : undefined;
      reports.push({ source: source.id, raw: value.raw, quote, ...(via ? { via } : {}) });
    }
    const topics = claimRng.chance(0.6) ? [...new Set([claimRng.pick(TOPICS), claimRng.pick(TOPICS)])].sort() : [];
    const notes = claimRng.chance(0.1) ? `Editor’s note: ${fillerSentence(claimRng, ['the', 'figure', 'was', 'restated', 'in', 'a', 'later', 'update', 'by', 'company'])}` : '';
    claims.push({ id, subject: subject.id, property: property.id, qualifiers, topics, reports, notes });
  }
  return { seed, subjects, properties, sources: [...archived, ...upstreams], claims, contested };
}

function weighted(x: number, weights: number[]): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (x < acc) return i;
  }
  return weights.length - 1;
}

function makeProperties(rng: ReturnType<typeof subRng>): GenProperty[] {
  const out: GenProperty[] = [
    { id: 'api-price-input', label: 'API input price', type: 'money' },
    { id: 'api-price-output', label: 'API output price', type: 'money' },
    { id: 'api-price-blended', label: 'API blended price', type: 'money' },
  ];
  const seen = new Set(out.map((p) => p.id));
  const nouns: Partial<Record<ValueType, string[]>> = {
    percent: ['score', 'accuracy', 'pass rate', 'win rate', 'share'],
    number: ['download count', 'user count', 'parameter count', 'GPU count', 'context window'],
    money: ['price', 'revenue', 'funding', 'cost'],
    date: ['release date', 'launch date', 'announcement date', 'shutdown date'],
    multiplier: ['speedup', 'efficiency gain', 'cost reduction factor'],
    change: ['price change', 'latency change', 'throughput change'],
    boolean: ['open weights', 'API availability', 'on-device support'],
    text: ['codename', 'base model', 'architecture'],
  };
  let t = 0;
  while (out.length < PROPERTIES) {
    const type = VALUE_TYPES[t++ % VALUE_TYPES.length];
    const bench = capitalize(syllableWord(rng, 2));
    const label = type === 'percent' ? `${bench}-Bench ${rng.int(1, 3)}.${rng.int(0, 9)} ${rng.pick(nouns.percent!)}` : `${bench} ${rng.pick(nouns[type]!)}`;
    const id = toId(label);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, label, type, ...(type === 'percent' ? { group: 'benchmark' } : {}) });
  }
  return out;
}
