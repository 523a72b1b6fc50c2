/**
 * `npm run spot:quality`: how well spot finds what people recorded.
 *
 * 1. Corpus: spot runs on every archived seed source, and the reports already in claims/
 *    are the answer key. A report (of a figure type) is found when a finding lies inside its
 *    quote and the engine says the two values agree; the finding is right when it names the
 *    report's claim, and its relation is what the claim's other reports make it (conflicts if
 *    one disagrees, else agrees). Findings that match no report are listed for a reader to
 *    judge: some are figures nobody recorded, some are noise.
 * 2. Fixtures: tests/fixtures/spot/<case>/expected.yaml, articles written apart from the corpus.
 * 3. Time: spot on a 5,000-word article made of the seed articles' text.
 * Every quote is asserted to be an exact substring of its body; the script fails otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { compareValues } from '../src/core/compare/index.ts';
import type { Claim, Report, Source } from '../src/core/model.ts';
import { prepareSpot, spotSource, type Finding, type SpotIndex } from '../src/core/spot/index.ts';
import { bodyLines } from '../src/core/spot/segment.ts';
import { withPropertyBasis } from '../src/core/validate-claim.ts';
import { parseValue } from '../src/core/values/index.ts';
import { checkProject } from '../src/core/project.ts';
import { loadProject } from '../src/node/load-project.ts';
import { readProjectFiles } from '../src/node/read-project.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');

const FIGURE_TYPES = new Set(['percent', 'number', 'money', 'date', 'multiplier', 'change']);

interface Located extends Finding {
  start: number;
  end: number;
}

function locate(source: Source, findings: Finding[]): Located[] {
  const lines = bodyLines(source.body);
  return findings.map((f) => {
    const start = lines[f.line - source.bodyLine].start + f.column - 1;
    const end = start + f.value.length;
    // Every quote verbatim, every value inside it, at the place the finding says.
    if (!source.body.includes(f.quote)) throw new Error(`${source.id}:${f.line}: quote is not in the body: ${f.quote}`);
    if (source.body.slice(start, end) !== f.value) throw new Error(`${source.id}:${f.line}:${f.column}: value ${JSON.stringify(f.value)} is not at its position`);
    return { ...f, start, end };
  });
}

function agreesWith(f: Located, claim: Claim, r: Report, ix: SpotIndex): boolean {
  const property = ix.corpus.properties.find((p) => p.id === claim.property)!;
  const v = parseValue(property.type, f.entry);
  if (!v.ok) return false;
  const c = compareValues(withPropertyBasis(v.value, property), r.value);
  return c.agree && c.diagnosis !== 'different-basis' && c.diagnosis !== 'type-mismatch';
}

interface SourceScore {
  id: string;
  words: number;
  keyed: number;
  found: number;
  rightClaim: number;
  rightRelation: number;
  findings: number;
  unkeyed: Located[];
  missed: { claim: string; value: string; quote: string }[];
  wrong: string[];
}

function scoreSource(ix: SpotIndex, source: Source): SourceScore {
  const findings = locate(source, spotSource(ix, source).findings);
  const score: SourceScore = { id: source.id, words: source.body.split(/\s+/).filter(Boolean).length, keyed: 0, found: 0, rightClaim: 0, rightRelation: 0, findings: findings.length, unkeyed: [], missed: [], wrong: [] };
  const used = new Set<Located>();
  for (const claim of ix.corpus.claims) {
    const property = ix.corpus.properties.find((p) => p.id === claim.property);
    if (!property || !FIGURE_TYPES.has(property.type)) continue;
    for (const r of claim.reports) {
      if (r.source !== source.id || !r.quoteRange) continue;
      score.keyed++;
      const inQuote = findings.filter((f) => f.start >= r.quoteRange!.start && f.end <= r.quoteRange!.end && agreesWith(f, claim, r, ix));
      if (inQuote.length === 0) {
        score.missed.push({ claim: claim.id, value: String(r.raw), quote: r.quote });
        continue;
      }
      score.found++;
      const best = inQuote.find((f) => f.claim === claim.id) ?? inQuote[0];
      for (const f of inQuote) used.add(f);
      if (best.claim !== claim.id) {
        score.wrong.push(`${claim.id} ${JSON.stringify(String(r.raw))}: spot said ${best.claim ?? '-'} (${best.relation})`);
        continue;
      }
      score.rightClaim++;
      const others = claim.reports.filter((o) => o !== r);
      const expected = others.some((o) => !compareValues(r.value, o.value).agree) ? 'conflicts' : 'agrees';
      if (best.relation === expected && best.recorded) score.rightRelation++;
    }
  }
  score.unkeyed = findings.filter((f) => !used.has(f));
  return score;
}

interface FixtureFigure {
  figure: string;
  near: string;
  type: string;
  claim?: string;
  relation?: string;
}

export interface FixtureScore {
  name: string;
  expected: number;
  found: number;
  withClaim: number;
  rightClaimRelation: number;
  wrongTypes: number;
  falsePositives: string[];
  extra: number;
  misses: string[];
}

/** Scores one fixture folder against its expected.yaml (also used by the tests). */
export function scoreFixture(dir: string): FixtureScore {
  const expected = YAML.parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as { source: string; base?: 'corpus'; figures: FixtureFigure[]; not_figures: { text: string; near: string }[] };
  // `base: corpus`: the article is spotted against this project's own claim base, as a new source would be.
  const project = expected.base === 'corpus' ? checkProject([...readProjectFiles(REPO_ROOT), ...readProjectFiles(dir)]) : loadProject(dir);
  const ix = prepareSpot(project.corpus);
  const source = project.corpus.sources.find((s) => s.id === expected.source)!;
  const findings = locate(source, spotSource(ix, source).findings);
  const at = (near: string, text: string) => {
    const i = source.body.indexOf(near);
    if (i < 0 || !near.includes(text)) throw new Error(`${dir}: ${JSON.stringify(near)} is not in the body or lacks ${JSON.stringify(text)}`);
    const start = i + near.indexOf(text);
    return { start, end: start + text.length };
  };
  const score: FixtureScore = { name: dir.split('/').pop()!, expected: expected.figures.length, found: 0, withClaim: 0, rightClaimRelation: 0, wrongTypes: 0, falsePositives: [], extra: 0, misses: [] };
  const matched = new Set<Located>();
  for (const e of expected.figures) {
    const span = at(e.near, e.figure);
    const f = findings.find((x) => x.start < span.end && span.start < x.end);
    if (e.claim) score.withClaim++;
    if (!f) {
      score.misses.push(`${e.figure} (not found)`);
      continue;
    }
    matched.add(f);
    score.found++;
    if (f.type !== e.type) score.wrongTypes++;
    if (e.claim) {
      if (f.claim === e.claim && f.relation === e.relation) score.rightClaimRelation++;
      else score.misses.push(`${e.figure}: ${f.claim ?? '-'} ${f.relation}, expected ${e.claim} ${e.relation}`);
    }
  }
  for (const n of expected.not_figures) {
    const span = at(n.near, n.text);
    if (findings.some((x) => x.start < span.end && span.start < x.end)) score.falsePositives.push(n.text);
  }
  score.extra = findings.filter((f) => !matched.has(f)).length;
  return score;
}

function fiveThousandWords(ix: SpotIndex): Source {
  const seeds = ix.corpus.sources.filter((s) => s.archived && s.body.trim());
  const words: string[] = [];
  let body = '';
  for (let i = 0; words.length < 5000; i++) {
    const text = seeds[i % seeds.length].body;
    body += `${text}\n`;
    words.push(...text.split(/\s+/).filter(Boolean));
  }
  // Cut at the first line end past 5,000 words.
  let count = 0;
  let cut = body.length;
  for (const m of body.matchAll(/\S+|\n/g)) {
    if (m[0] !== '\n') count++;
    else if (count >= 5000) {
      cut = m.index;
      break;
    }
  }
  const text = body.slice(0, cut);
  return { ...seeds[0], id: 'five-thousand-words', body: text, cites: [] };
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`;
}

function main(): void {
  // `npm run spot:quality -- [root] [--details]`: the flag may come first.
  const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.');
  const project = loadProject(root);
  const ix = prepareSpot(project.corpus);
  const out: string[] = [];
  const scores = project.corpus.sources.filter((s) => s.archived && s.body.trim()).map((s) => scoreSource(ix, s));
  const sum = (k: keyof SourceScore) => scores.reduce((a, s) => a + (s[k] as number), 0);
  out.push('## Corpus: answer key = the reports in claims/', '');
  out.push('| source | words | reported figures | found | right claim | right claim + relation | findings | findings with no report |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of scores) out.push(`| ${s.id} | ${s.words} | ${s.keyed} | ${s.found} (${pct(s.found, s.keyed)}) | ${s.rightClaim} (${pct(s.rightClaim, s.found)}) | ${s.rightRelation} (${pct(s.rightRelation, s.found)}) | ${s.findings} | ${s.unkeyed.length} |`);
  out.push(`| **all** | ${sum('words')} | ${sum('keyed')} | ${sum('found')} (${pct(sum('found'), sum('keyed'))}) | ${sum('rightClaim')} (${pct(sum('rightClaim'), sum('found'))}) | ${sum('rightRelation')} (${pct(sum('rightRelation'), sum('found'))}) | ${sum('findings')} | ${scores.reduce((a, s) => a + s.unkeyed.length, 0)} |`, '');

  const fixtureRoot = join(root, 'tests/fixtures/spot');
  const fixtures = readdirSync(fixtureRoot).filter((d) => !d.startsWith('.')).map((d) => scoreFixture(join(fixtureRoot, d)));
  out.push('## Fixtures: articles written apart from the corpus (tests/fixtures/spot/)', '');
  out.push('| case | expected figures | found | with a claim | right claim + relation | wrong type | non-figures found | other findings |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const f of fixtures) out.push(`| ${f.name} | ${f.expected} | ${f.found} (${pct(f.found, f.expected)}) | ${f.withClaim} | ${f.rightClaimRelation} (${pct(f.rightClaimRelation, f.withClaim)}) | ${f.wrongTypes} | ${f.falsePositives.length ? f.falsePositives.join(', ') : 'none'} | ${f.extra} |`);
  out.push('');

  const big = fiveThousandWords(ix);
  const times: number[] = [];
  let figures = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    figures = spotSource(prepareSpot(project.corpus), big).findings.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  out.push(`## Time`, '', `A ${big.body.split(/\s+/).filter(Boolean).length}-word article (the seed articles' text, concatenated), ${figures} figures: median ${times[3].toFixed(0)} ms, slowest ${times[6].toFixed(0)} ms of 7 runs (each including prepareSpot).`, '');

  if (process.argv.includes('--details')) {
    for (const s of scores) {
      out.push(`### ${s.id}`, '', 'Wrong claim:', ...s.wrong.map((w) => `- ${w}`), '', 'Missed reports:', ...s.missed.map((m) => `- ${m.claim} ${JSON.stringify(m.value)} — ${JSON.stringify(m.quote.slice(0, 100))}`), '', 'Findings with no report:');
      out.push(...s.unkeyed.map((f) => `- ${f.line}: ${JSON.stringify(f.value)} ${f.type} → ${f.claim ?? '-'} ${f.relation} — ${JSON.stringify(f.quote.slice(0, 90))}`), '');
    }
    for (const f of fixtures) out.push(`### fixture ${f.name}`, ...f.misses.map((m) => `- ${m}`), '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (import.meta.main) main();
