/**
 * Validates a whole project in memory: registries, sources, claims, cross-references,
 * values and quotes. Returns the corpus of everything valid plus every diagnostic,
 * so each input file either reaches the corpus or is named in an error.
 */
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import { checkFileMeta, roleOf, type InputFile } from './files.ts';
import { claimId, claimPath, idKey, sourceIdFromPath } from './ids.ts';
import { checkMarkdown, yamlStringOrigin } from './markdown-safety.ts';
import type { Claim, Corpus, Position, Property, Relation, Report, Source, Subject, TypedValue } from './model.ts';
import { parseMarkdownFile, parseYamlFile } from './parse-file.ts';
import { parseYaml, type YamlParser } from './yaml.ts';
import { buildQuoteIndex, explainNearMiss, findQuote, type QuoteIndex } from './quotes.ts';
import { claimSchema } from './schema/claim.ts';
import { propertiesFileSchema, subjectsFileSchema } from './schema/registry.ts';
import { sourceSchema } from './schema/source.ts';
import { suggest } from './suggest.ts';
import { normalizeBasis, parseValue } from './values/index.ts';

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
}

export interface ValidateOptions {
  /** Parses front matter; a cache of earlier parses may stand in for `parseYaml`. */
  parseYaml?: YamlParser;
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
  const claims = loadClaims(byRole.claim, { subjects, properties, ...sourceResult, isRejected: (file) => rejected.has(file) }, fail, parse);

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
  };
}

type Fail = (d: Diagnostic[]) => void;

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
    properties.set(p.id, { id: p.id, label: p.label, type: p.type, description: p.description, ...(p.unit ? { unit: p.unit } : {}), ...(p.group ? { group: p.group } : {}) });
  });
  const relations: Relation[] = [];
  data.relations.forEach((r, i) => {
    const refs = r.kind === 'between' ? (['property', 'low', 'high'] as const) : (['property', 'than'] as const);
    const bad = refs.filter((k) => !properties.has((r as Record<string, string>)[k]));
    for (const k of bad) {
      const id = (r as Record<string, string>)[k];
      fail([unknownRef(file.path, positions.get(`relations.${i}.${k}`), 'property', id, [...properties.keys()], 'claims/properties.yaml')]);
    }
    if (bad.length === 0) relations.push(r);
  });
  return { properties, relations };
}

interface SourceSet {
  valid: Source[];
  /** Every source id that has a file, valid or not: a claim naming an invalid source gets a precise error. */
  known: Map<string, string>;
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
      ...pick(data, ['publisher', 'author', 'url', 'published', 'retrieved', 'notes']),
    });
  }
  // Cross-references between sources are checked once every id is known.
  const all = [...known.keys()];
  for (const s of valid) {
    s.cites.forEach((c, i) => {
      if (!known.has(c)) fail([unknownRef(s.file, undefined, 'source', c, all, 'sources/', `cites[${i}]`)]);
    });
  }
  return { valid, known };
}

interface Registries extends SourceSet {
  subjects: Map<string, Subject>;
  properties: Map<string, Property>;
  /** Whether a file already failed: claims must not lean on a source that will not be built. */
  isRejected: (file: string) => boolean;
}

function loadClaims(files: InputFile[], reg: Registries, fail: Fail, parse: YamlParser): Claim[] {
  const sourcesById = new Map(reg.valid.map((s) => [s.id, s]));
  const indexes = new Map<string, QuoteIndex>();
  const quoteIndex = (s: Source) => {
    let ix = indexes.get(s.id);
    if (!ix) indexes.set(s.id, (ix = buildQuoteIndex(s.body)));
    return ix;
  };
  const claims: Claim[] = [];
  const seen = new Map<string, string>();
  const subjectIds = [...reg.subjects.keys()];
  const propertyIds = [...reg.properties.keys()];
  const sourceIds = [...reg.known.keys()];

  for (const f of files) {
    const parsed = parseMarkdownFile(f.path, f.text, claimSchema, 'a claim', parse);
    if (!parsed.ok) {
      fail(parsed.errors);
      continue;
    }
    const { data, positions, body, bodyLine } = parsed.value;
    const pos = (path: string) => positions.get(path);
    const problems: Diagnostic[] = [...parsed.value.errors];
    const id = claimId(data.subject, data.property, data.qualifiers);

    const key = idKey(id);
    if (seen.has(key)) problems.push(diagnostic(f.path, pos('subject'), 'duplicate-id', `The claim ${quoteUserText(id)} is already defined in ${seen.get(key)}.`, 'Add your reports to the existing file instead.'));
    else seen.set(key, f.path);
    if (claimPath(id) !== f.path) {
      problems.push(
        diagnostic(f.path, pos('property'), 'claim-path-mismatch', `This claim's subject, property and qualifiers make the id ${quoteUserText(id)}, but the file is ${quoteUserText(f.path)}.`, `Move the file to ${claimPath(id)} or correct the front matter.`),
      );
    }
    if (!reg.subjects.has(data.subject)) problems.push(unknownRef(f.path, pos('subject'), 'subject', data.subject, subjectIds, 'claims/subjects.yaml'));
    const property = reg.properties.get(data.property);
    if (!property) problems.push(unknownRef(f.path, pos('property'), 'property', data.property, propertyIds, 'claims/properties.yaml'));

    const reports: Report[] = [];
    data.reports.forEach((r, i) => {
      const at = (field: string) => pos(`reports.${i}.${field}`) ?? pos(`reports.${i}`);
      const position: Position = at('value') ?? { line: 1, col: 1 };
      let value = undefined as Report['value'] | undefined;
      if (property) {
        const pv = parseValue(property.type, r.value);
        if (pv.ok) value = withPropertyBasis(pv.value, property);
        else {
          problems.push(
            diagnostic(f.path, at('value'), 'value-unparseable', `The value ${quoteUserText(r.value)} cannot be read as a ${property.type} (property ${quoteUserText(property.id)}).`, `Expected ${pv.expected}.`),
          );
        }
      }
      const source = sourcesById.get(r.source);
      let quoteRange: Report['quoteRange'];
      if (!reg.known.has(r.source)) problems.push(unknownRef(f.path, at('source'), 'source', r.source, sourceIds, 'sources/'));
      else if (!source) {
        problems.push(diagnostic(f.path, at('source'), 'source-invalid', `The source ${quoteUserText(r.source)} has errors of its own, so this report cannot be checked.`, `Fix the errors reported for ${reg.known.get(r.source)} first.`));
      } else if (!source.archived) {
        problems.push(
          diagnostic(
            f.path,
            at('quote'),
            'quote-on-unarchived-source',
            `The source ${quoteUserText(r.source)} is not archived, so a quote from it cannot be verified.`,
            'Quote the article that cites it and name this source in `via`, or archive its text and set `archived: true`.',
          ),
        );
      } else {
        const ix = quoteIndex(source);
        const found = findQuote(ix, r.quote);
        if (found) quoteRange = found;
        else {
          const why = explainNearMiss(ix, r.quote);
          problems.push(
            diagnostic(
              f.path,
              at('quote'),
              'quote-not-found',
              `The quote ${quoteUserText(r.quote, 60)} does not occur in the archived text of ${quoteUserText(r.source)}.${why ? ` ${why}` : ''}`,
              `Copy the exact sentence from ${source.file}; only whitespace and curly quotes/dashes are normalised.`,
            ),
          );
        }
      }
      if (source && reg.isRejected(source.file)) {
        problems.push(diagnostic(f.path, at('source'), 'source-invalid', `The source ${quoteUserText(r.source)} has errors of its own, so it is left out of the site and cannot back this report.`, `Fix the errors reported for ${source.file} first.`));
      }
      const viaFile = r.via === undefined ? undefined : reg.known.get(r.via);
      if (viaFile && r.via !== r.source && reg.isRejected(viaFile)) {
        problems.push(diagnostic(f.path, at('via'), 'source-invalid', `The upstream ${quoteUserText(r.via)} has errors of its own, so it is left out of the site.`, `Fix the errors reported for ${viaFile} first.`));
      }
      if (r.via !== undefined) {
        // Self-attribution first, so the message names the real mistake rather than a missing citation.
        if (r.via === r.source) {
          problems.push(diagnostic(f.path, at('via'), 'via-self', 'A report cannot be attributed to its own source.', 'Remove `via`, or name the upstream the article credits.'));
        } else if (!reg.known.has(r.via)) problems.push(unknownRef(f.path, at('via'), 'source', r.via, sourceIds, 'sources/'));
        else if (source && !source.cites.includes(r.via)) {
          problems.push(
            diagnostic(
              f.path,
              at('via'),
              'via-not-cited',
              `The report says ${quoteUserText(r.source)} got this from ${quoteUserText(r.via)}, but that source does not list it in \`cites\`.`,
              `Add ${r.via} to the cites of ${source.file} if the article names it, or correct \`via\`.`,
            ),
          );
        }
      }
      if (value) reports.push({ source: r.source, raw: r.value, value, quote: r.quote, position, ...(r.via ? { via: r.via } : {}), ...(quoteRange ? { quoteRange } : {}) });
    });

    if (data.verdict?.value !== undefined && property) {
      const pv = parseValue(property.type, data.verdict.value);
      if (!pv.ok) problems.push(diagnostic(f.path, pos('verdict.value'), 'value-unparseable', `The verdict value ${quoteUserText(data.verdict.value)} cannot be read as a ${property.type}.`, `Expected ${pv.expected}.`));
    }
    // The site renders the verdict note as markdown too, so it gets the same check as the notes.
    if (data.verdict) problems.push(...checkMarkdown(f.path, data.verdict.note, yamlStringOrigin(f.text, pos('verdict.note')), 'the verdict note'));
    problems.push(...checkMarkdown(f.path, body, bodyLine, 'the notes'));
    if (problems.length > 0) fail(problems);
    claims.push({
      id,
      file: f.path,
      subject: data.subject,
      property: data.property,
      qualifiers: data.qualifiers,
      topics: data.topics,
      reports,
      notes: body.trim(),
      ...(data.verdict ? { verdict: { note: data.verdict.note, ...(data.verdict.value !== undefined ? { value: data.verdict.value } : {}) } } : {}),
    });
  }
  return claims;
}

/**
 * Articles often write a price bare ("$5.30") where the property says what it is per
 * ("USD per 1M input tokens"); the property's basis then applies, so like is compared with like.
 */
export function withPropertyBasis(value: TypedValue, property: Property): TypedValue {
  if (value.type !== 'money' || value.basis || !property.unit) return value;
  const per = /\bper\b(.*)$/i.exec(property.unit);
  const basis = per ? normalizeBasis(per[1]) : undefined;
  return basis ? { ...value, basis } : value;
}

function duplicate(file: string, at: Position | undefined, what: string, id: string): Diagnostic {
  return diagnostic(file, at, 'duplicate-id', `The ${what} id ${quoteUserText(id)} is declared twice.`, 'Keep one declaration and merge what differs.');
}

function unknownRef(file: string, at: Position | undefined, what: string, id: string, known: string[], where: string, field?: string): Diagnostic {
  const near = suggest(id, known);
  return diagnostic(
    file,
    at,
    `unknown-${what}`,
    `${field ? `${field}: ` : ''}No ${what} has the id ${quoteUserText(id)}.${near ? ` Did you mean ${quoteUserText(near)}?` : ''}`,
    `Use an id declared in ${where}, or declare it there first.`,
  );
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
