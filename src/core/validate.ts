/**
 * Validates a whole project in memory: registries, sources, claims, cross-references,
 * values and quotes. Returns the corpus of everything valid plus every diagnostic,
 * so each input file either reaches the corpus or is named in an error.
 */
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import { checkFileMeta, roleOf, type InputFile } from './parse/files.ts';
import { idKey, sourceIdFromPath } from './ids.ts';
import { checkMarkdown, yamlStringOrigin } from './parse/markdown-safety.ts';
import type { Claim, Corpus, Position, Property, Relation, Source, Subject } from './model.ts';
import { parseMarkdownFile, parseYamlFile } from './parse/parse-file.ts';
import { parseYaml, type YamlParser } from './parse/yaml.ts';
import { buildQuoteIndex, type QuoteIndex } from './quotes.ts';
import { quoteReader } from './value-in-quote.ts';
import { propertiesFileSchema, subjectsFileSchema } from './schema/registry.ts';
import { sourceSchema } from './schema/source.ts';
import { claimIdLookup, heldClaims, unknownRef } from './cross-refs.ts';
import { checkParsedClaim, parseClaimFile, type ClaimContext, type ClaimOutcome, type ClaimOutcomeCache, type ParsedClaim, type Registries, type SourceSet } from './validate-claim.ts';

export { withPropertyBasis } from './validate-claim.ts';
export type { ClaimOutcome, ClaimOutcomeCache } from './validate-claim.ts';

export interface FileStats {
  read: number;
  valid: number;
  invalid: number;
}

export interface ValidationResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  stats: { files: FileStats; sources: FileStats; claims: FileStats };
  /** Files that failed, by path, so callers can prove nothing was lost. */
  rejected: string[];
  /** Claims left off only or also because a source they cite has errors, and how many of their reports and passages cite one. */
  heldBySources: { claims: string[]; reports: number };
}

export interface ValidateOptions {
  /** Parses front matter; a cache of earlier parses may stand in for `parseYaml`. */
  parseYaml?: YamlParser;
  /**
   * Claim outcomes kept from an earlier run (validate-claim.ts). The caller must give one only
   * while the registries, the sources and this code are unchanged: the site build's cache
   * (src/node/claim-cache.ts) is void when any of them changes.
   */
  claimOutcomes?: ClaimOutcomeCache;
}

export function validateProject(files: InputFile[], options: ValidateOptions = {}): ValidationResult {
  const parse = options.parseYaml ?? parseYaml;
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<string>();
  const fail = (list: Diagnostic[]) => {
    for (const d of list) {
      diagnostics.push(d);
      if (d.severity === 'error') rejected.add(d.file);
    }
  };

  const byRole = { source: [] as InputFile[], claim: [] as InputFile[], subjects: [] as InputFile[], properties: [] as InputFile[] };
  let docs = 0;
  for (const f of files) {
    const meta = checkFileMeta(f);
    if (meta.length > 0) {
      fail(meta);
      if (meta.some((d) => d.severity === 'error')) continue;
    }
    const role = roleOf(f.path);
    if (role === 'doc') docs++;
    else if (role !== 'unknown') byRole[role].push(f);
  }

  const subjects = loadSubjects(byRole.subjects[0], fail, parse);
  const { properties, relations } = loadProperties(byRole.properties[0], fail, parse);
  const sourceResult = loadSources(byRole.source, fail, parse);
  const reg: Registries = { subjects, properties, ...sourceResult, isRejected: (file) => rejected.has(file) };
  const held = new Map<string, { claims: string[]; count: number }>();
  const hold = (claim: string, leansOn: { file: string; count: number }[]) => {
    rejected.add(claim);
    for (const { file, count } of leansOn) {
      const entry = held.get(file) ?? { claims: [], count: 0 };
      held.set(file, entry);
      entry.claims.push(claim);
      entry.count += count;
    }
  };
  const claims = loadClaims(byRole.claim, reg, fail, hold, parse, options.claimOutcomes);
  for (const [file, entry] of held) diagnostics.push(heldClaims(file, entry, diagnostics));
  const heldClaimFiles = new Set([...held.values()].flatMap((e) => e.claims));

  const corpus: Corpus = {
    sources: sourceResult.valid.filter((s) => !rejected.has(s.file)),
    claims: claims.filter((c) => !rejected.has(c.file)),
    subjects: [...subjects.values()],
    properties: [...properties.values()],
    relations,
  };
  const count = (list: InputFile[]): FileStats => {
    const invalid = list.filter((f) => rejected.has(f.path)).length;
    return { read: list.length, valid: list.length - invalid, invalid };
  };
  const dataFiles = files.length - docs;
  return {
    corpus,
    diagnostics,
    stats: {
      files: { read: dataFiles, valid: dataFiles - rejected.size, invalid: rejected.size },
      // By location, not by what got parsed: a claim refused for its name or size still counts as a claim read.
      sources: count(files.filter((f) => roleOf(f.path) === 'source')),
      claims: count(files.filter((f) => roleOf(f.path) === 'claim')),
    },
    rejected: [...rejected].sort(),
    heldBySources: { claims: [...heldClaimFiles].sort(), reports: [...held.values()].reduce((n, e) => n + e.count, 0) },
  };
}

type Fail = (d: Diagnostic[]) => void;
type Hold = (claim: string, leansOn: { file: string; count: number }[]) => void;

function missingRegistry(path: string, what: string): Diagnostic {
  return diagnostic(path, undefined, 'registry-missing', `${path} is missing.`, `Create it: it declares every ${what} a claim may use (see README, "Data model").`);
}

function loadSubjects(file: InputFile | undefined, fail: Fail, parse: YamlParser): Map<string, Subject> {
  const out = new Map<string, Subject>();
  const keys = new Set<string>();
  if (!file) {
    fail([missingRegistry('claims/subjects.yaml', 'subject')]);
    return out;
  }
  const parsed = parseYamlFile(file.path, file.text, subjectsFileSchema, 'claims/subjects.yaml', parse);
  if (!parsed.ok) return fail(parsed.errors), out;
  fail(parsed.value.errors);
  parsed.value.data.subjects.forEach((s, i) => {
    // Compared by idKey, as claims and sources are, so no two ids can differ only in case or Unicode form.
    if (keys.has(idKey(s.id))) {
      fail([duplicate(file.path, parsed.value.positions.get(`subjects.${i}.id`), 'subject', s.id)]);
      return;
    }
    keys.add(idKey(s.id));
    out.set(s.id, { id: s.id, name: s.name, kind: s.kind, aliases: s.aliases, ...(s.description ? { description: s.description } : {}) });
  });
  return out;
}

function loadProperties(file: InputFile | undefined, fail: Fail, parse: YamlParser): { properties: Map<string, Property>; relations: Relation[] } {
  const properties = new Map<string, Property>();
  if (!file) {
    fail([missingRegistry('claims/properties.yaml', 'property')]);
    return { properties, relations: [] };
  }
  const parsed = parseYamlFile(file.path, file.text, propertiesFileSchema, 'claims/properties.yaml', parse);
  if (!parsed.ok) return fail(parsed.errors), { properties, relations: [] };
  fail(parsed.value.errors);
  const { data, positions } = parsed.value;
  const keys = new Set<string>();
  data.properties.forEach((p, i) => {
    if (keys.has(idKey(p.id))) return fail([duplicate(file.path, positions.get(`properties.${i}.id`), 'property', p.id)]);
    keys.add(idKey(p.id));
    const misplaced = (field: 'list' | 'direction', type: string, example: string) =>
      diagnostic(
        file.path,
        positions.get(`properties.${i}.${field}`),
        'property-declaration-mismatch',
        `The property ${quoteUserText(p.id)} is a ${p.type}, but \`${field}\` applies only to ${type} properties.`,
        `Remove \`${field}\`, or make the property a ${type} (${example}).`,
      );
    if (p.list !== undefined && p.type !== 'text') fail([misplaced('list', 'text', 'values like "GB200 and GB300 NVL72"')]);
    if (p.direction !== undefined && p.type !== 'change') fail([misplaced('direction', 'change', 'values like "reduced by 35%"')]);
    properties.set(p.id, { id: p.id, label: p.label, type: p.type, description: p.description, ...(p.unit ? { unit: p.unit } : {}), ...(p.group ? { group: p.group } : {}), ...(p.precision ? { precision: p.precision } : {}), ...(p.list !== undefined ? { list: p.list } : {}), ...(p.direction ? { direction: p.direction } : {}), ...(p['time-varying'] ? { timeVarying: true } : {}) });
  });
  const relations: Relation[] = [];
  data.relations.forEach((r, i) => {
    const refs = r.kind === 'between' ? (['property', 'low', 'high'] as const) : r.kind === 'less-than' ? (['property', 'than'] as const) : (['property', 'of'] as const);
    const bad = refs.filter((k) => !properties.has((r as Record<string, string>)[k]));
    for (const k of bad) {
      const id = (r as Record<string, string>)[k];
      fail([unknownRef(file.path, positions.get(`relations.${i}.${k}`), 'property', id, [...properties.keys()], 'claims/properties.yaml')]);
    }
    if (bad.length > 0) return;
    if (r.kind === 'difference' || r.kind === 'ratio') {
      const [result, of] = [properties.get(r.property)!.type, properties.get(r.of)!.type];
      const figures = ['number', 'percent', 'money'];
      const wrong =
        !figures.includes(of) ? `\`of\` (${quoteUserText(r.of)}) is a ${of}, not a figure (number, percent or money)`
        : r.kind === 'difference' && !['number', 'percent'].includes(result) ? `a difference is a number or percent, but ${quoteUserText(r.property)} is a ${result}`
        : r.kind === 'ratio' && !['change', 'multiplier'].includes(result) ? `a ratio is a change or multiplier, but ${quoteUserText(r.property)} is a ${result}`
        : undefined;
      if (wrong) {
        fail([diagnostic(file.path, positions.get(`relations.${i}.kind`), 'property-declaration-mismatch', `This ${r.kind} relation cannot be checked: ${wrong}.`, 'Link a lead or gap (number) to scores, or a change to two prices or counts.')]);
        return;
      }
    }
    relations.push(r);
  });
  return { properties, relations };
}

function loadSources(files: InputFile[], fail: Fail, parse: YamlParser): SourceSet {
  const valid: Source[] = [];
  const known = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const f of files) {
    const id = sourceIdFromPath(f.path);
    const key = idKey(id);
    if (seen.has(key)) {
      fail([diagnostic(f.path, undefined, 'duplicate-id', `The source id ${quoteUserText(id)} is already used by ${seen.get(key)}.`, 'Give each source a unique file name.')]);
      continue;
    }
    seen.set(key, f.path);
    known.set(id, f.path);
    const parsed = parseMarkdownFile(f.path, f.text, sourceSchema, 'a source', parse);
    if (!parsed.ok) {
      fail(parsed.errors);
      continue;
    }
    const { data, positions, body, bodyLine } = parsed.value;
    const problems: Diagnostic[] = [...parsed.value.errors];
    if (data.notes) problems.push(...checkMarkdown(f.path, data.notes, yamlStringOrigin(f.text, positions.get('notes')), 'notes'));
    if (data.archived && body.trim() === '') {
      problems.push(diagnostic(f.path, { line: bodyLine, col: 1 }, 'source-archive-empty', 'This source says `archived: true` but has no archived text.', 'Paste the article text verbatim below the front matter, or set `archived: false`.'));
    }
    if (problems.length > 0) fail(problems);
    valid.push({
      id,
      file: f.path,
      title: data.title,
      kind: data.kind,
      cites: data.cites,
      archived: data.archived,
      body,
      bodyLine,
      ...pick(data, ['publisher', 'author', 'url', 'published', 'retrieved', 'family', 'notes']),
    });
  }
  // Cross-references between sources are checked once every id is known.
  const all = [...known.keys()];
  for (const s of valid) {
    s.cites.forEach((c, i) => {
      if (!known.has(c)) fail([unknownRef(s.file, undefined, 'source', c, all, 'sources/', `Entry ${i + 1} of "cites"`)]);
    });
  }
  return { valid, known };
}

/** One claim file on its way through loadClaims: kept from an earlier run, or parsed in this one. */
type Pending = { file: InputFile; kept: ClaimOutcome } | { file: InputFile; parsed: ParsedClaim };

function loadClaims(files: InputFile[], reg: Registries, fail: Fail, hold: Hold, parse: YamlParser, cache: ClaimOutcomeCache | undefined): Claim[] {
  const indexes = new Map<string, QuoteIndex>();
  const ctx: ClaimContext = {
    reg,
    sourcesById: new Map(reg.valid.map((s) => [s.id, s])),
    subjectIds: [...reg.subjects.keys()],
    propertyIds: [...reg.properties.keys()],
    sourceIds: [...reg.known.keys()],
    quoteReader: quoteReader(reg.subjects.values(), reg.properties.values()),
    quoteIndex: (s: Source) => {
      let ix = indexes.get(s.id);
      if (!ix) indexes.set(s.id, (ix = buildQuoteIndex(s.body)));
      return ix;
    },
  };
  const ids = claimIdLookup(reg);
  const pending = (file: InputFile): Pending => {
    const kept = cache?.get(file);
    return kept ? { file, kept } : { file, parsed: parseClaimFile(file, parse, ids) };
  };
  const outcome = (p: Pending): ClaimOutcome => {
    if ('kept' in p) return p.kept;
    const checked = checkParsedClaim(p.file, p.parsed, ctx);
    cache?.set(p.file, checked);
    return checked;
  };
  const claims: Claim[] = [];
  const seen = new Map<string, string>();
  const take = (file: InputFile, o: ClaimOutcome) => {
    if (!o.ok) return fail(o.errors);
    if (o.leansOn.length > 0) hold(file.path, o.leansOn);
    const problems = [...o.problems];
    const earlier = seen.get(o.idKey);
    if (earlier !== undefined) {
      problems.splice(o.duplicateAt, 0, diagnostic(file.path, o.subjectAt, 'duplicate-id', `The claim ${quoteUserText(o.claim.id)} is already defined in ${earlier}.`, 'Add your reports to the existing file instead.'));
    } else seen.set(o.idKey, file.path);
    if (problems.length > 0) fail(problems);
    claims.push(o.claim);
  };
  // One file at a time: the parse of a file is dropped as soon as it is checked.
  for (const f of files) take(f, outcome(pending(f)));
  return claims;
}

function duplicate(file: string, at: Position | undefined, what: string, id: string): Diagnostic {
  return diagnostic(file, at, 'duplicate-id', `The ${what} id ${quoteUserText(id)} is declared twice.`, 'Keep one declaration and merge what differs.');
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
