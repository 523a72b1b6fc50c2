/**
 * `npm run new -- claim <subject> <property> [--source … --value … --quote …]`:
 * writes claims/<subject>/<property>[--<qualifier>…].md, or — when that claim already
 * exists — appends the report to it, leaving the rest of the file exactly as it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { claimId, claimPath } from '../core/ids.ts';
import type { Property, RawValue } from '../core/model.ts';
import { quoteUserText } from '../core/diagnostics.ts';
import { closestPassage, describeClosest } from '../core/quote-closest.ts';
import { buildQuoteIndex, explainNearMiss, findQuote } from '../core/quotes.ts';
import { quoteReader, valueNotInQuote } from '../core/value-in-quote.ts';
import { readValue as readInContext } from '../core/values/in-context.ts';
import { checkProperty, checkQuotableSource, checkSubject, checkVia, parseQualifier, readValue, valueExamples } from './new-fields.ts';
import { findClaimFile, readProjectFile, type ProjectIndex } from './new-project.ts';
import type { Prompter } from './new-prompt.ts';
import type { Outcome } from './new-source.ts';
import { appendReport, reportLines, yamlIdList, yamlString, yamlValue, type NewReport } from './new-yaml.ts';

export interface ClaimOptions {
  subject?: string;
  property?: string;
  qualifiers: string[];
  topics: string[];
  source?: string;
  value?: string;
  quote?: string;
  via?: string;
}

const REPORT_FIELDS = ['source', 'value', 'quote'] as const;

export function renderClaim(subject: string, property: Property, qualifiers: Record<string, string>, topics: string[], report: Partial<NewReport>): { text: string; reportLine: number } {
  const quals = Object.keys(qualifiers).sort();
  const lines = [
    '---',
    '# The subject and property ids, from claims/subjects.yaml and claims/properties.yaml.',
    '# Together with the qualifiers they make the claim id, which must match this file\'s path.',
    `subject: ${subject}`,
    `property: ${property.id}`,
    ...(quals.length ? ['# What narrows the claim, e.g. {versus: claude-opus-4-7} or {variant: input-tokens}.', `qualifiers: {${quals.map((k) => `${k}: ${qualifiers[k]}`).join(', ')}}`] : []),
    '# Optional tags for browsing and search, e.g. [benchmarks, pricing].',
    `topics: ${yamlIdList(topics)}`,
    '# What each source reports: one item per source (or per statement, if a source says it twice).',
    '#   source: id of the article that states the value (a file in sources/, archived)',
    `#   value:  the value exactly as the article writes it; this property is a ${property.type}${property.unit ? ` (${property.unit})` : ''}, ${valueExamples(property.type)}`,
    '#   quote:  the words of the archived text that state it: copy them, do not retype',
    '#   via:    optional; the upstream source the article credits for it ("[4]", "according to …"),',
    '#           which must be listed in that article\'s `cites`',
    'reports:',
  ];
  const reportLine = lines.length + 1;
  lines.push(
    `  - source: ${report.source ?? '""'}`,
    `    value: ${report.value !== undefined ? yamlValue(report.value) : '""'}`,
    `    quote: ${yamlString(report.quote ?? '')}`,
    report.via ? `    via: ${report.via}` : '    # via: upstream-source-id',
  );
  lines.push(
    '# Optional: an editor\'s verdict, once the evidence settles it (README, "Verdicts").',
    '# verdict:',
    '#   rating: accurate        # accurate | inaccurate | misleading | unsupported | compatible',
    '#   value: "…"',
    '#   note: "Why, with evidence."',
    '#   reviewer: your-name',
    '#   reviewed: YYYY-MM-DD',
    '#   evidence:',
    '#     - source: source-id',
    '#       quote: "the exact passage"',
    '#   resolves: [value-conflict]   # flag kinds or ids it settles, or all',
    '---',
  );
  return { text: `${lines.join('\n')}\n`, reportLine };
}

async function complete(o: ClaimOptions, ix: ProjectIndex, p: Prompter): Promise<void> {
  o.subject ??= await p.ask('Subject id (from claims/subjects.yaml)', { validate: (s) => checkSubject(ix, s) });
  o.property ??= await p.ask('Property id (from claims/properties.yaml)', { validate: (s) => checkProperty(ix, s) });
  const property = ix.properties.get(o.property);
  o.source ??= await p.ask('Source id (the article that states the value)', { validate: (s) => checkQuotableSource(ix, s) });
  o.value ??= await p.ask(`Value, as the article writes it (${property ? `${property.type}, ${valueExamples(property.type)}` : 'value'})`, {
    validate: (v) => {
      const read = property ? readValue(property, v) : undefined;
      return read && !read.ok ? read.problem : undefined;
    },
  });
  o.quote ??= await p.ask('Quote (paste the exact words from the archived text)');
  o.via ??= (await p.ask('Via: the upstream source the article credits, if any', { optional: true, validate: (s) => checkVia(ix, s) })) || undefined;
}

export async function newClaim(ix: ProjectIndex, o: ClaimOptions, prompter?: Prompter): Promise<Outcome> {
  if (prompter) await complete(o, ix, prompter);
  if (!o.subject || !o.property) return { code: 2, out: [], err: ['Say which claim: npm run new -- claim <subject> <property>.'] };

  const errors: string[] = [];
  const warnings: string[] = [];
  const subjectProblem = checkSubject(ix, o.subject);
  if (subjectProblem) errors.push(subjectProblem);
  const propertyProblem = checkProperty(ix, o.property);
  if (propertyProblem) errors.push(propertyProblem);
  const qualifiers: Record<string, string> = {};
  for (const q of o.qualifiers) {
    const parsed = parseQualifier(q);
    if (!parsed.ok) errors.push(parsed.problem);
    else if (Object.hasOwn(qualifiers, parsed.key)) errors.push(`The qualifier ${parsed.key} is given twice.`);
    else qualifiers[parsed.key] = parsed.value;
  }
  if (Object.keys(qualifiers).length > 4) errors.push('A claim has at most 4 qualifiers.');
  const badTopic = o.topics.find((t) => !/^[a-z0-9][a-z0-9-]*$/.test(t));
  if (badTopic !== undefined) errors.push(`The topic ${JSON.stringify(badTopic)} is not a kebab-case id.`);

  const property = ix.properties.get(o.property);
  let raw: RawValue | undefined;
  if (o.source !== undefined) {
    const p = checkQuotableSource(ix, o.source);
    if (p) errors.push(p);
  }
  if (o.value !== undefined && property) {
    const v = readValue(property, o.value, o.quote);
    if (v.ok) raw = v.raw;
    else errors.push(v.problem);
  }
  if (o.quote !== undefined && o.quote.trim() === '') errors.push('The quote must not be empty.');
  if (o.via !== undefined) {
    const p = checkVia(ix, o.via);
    if (p) errors.push(p);
    else if (o.via === o.source) errors.push('--via names the upstream the article credits; it cannot be the article itself.');
  }
  if (errors.length > 0) return { code: 1, out: [], err: errors.map((e) => `✖ ${e}`) };

  // Early feedback on the quote; `npm run check` is what enforces it.
  const source = o.source ? ix.sources.get(o.source) : undefined;
  const id = claimId(o.subject, o.property, qualifiers);
  if (source && o.quote) {
    if (source.body.trim() === '') warnings.push(`${source.file} has no archived text yet; once it does, \`npm run check\` verifies the quote.`);
    else {
      const index = buildQuoteIndex(source.body);
      if (!findQuote(index, o.quote)) {
        const closest = closestPassage(index, o.quote);
        const why = explainNearMiss(index, o.quote) ?? (closest ? describeClosest(closest, source.body, source, quoteUserText) : 'Copy it from the archived text exactly.');
        warnings.push(`The quote does not occur in ${source.file}. ${why}`);
      } else if (property && o.value !== undefined) {
        // The check's own rule, before anything is written: a value its quote contradicts would fail it.
        const typed = readInContext(property, o.value, o.quote);
        const reader = quoteReader(ix.subjects.values(), ix.properties.values());
        const found = typed.ok ? valueNotInQuote(claimPath(id), undefined, { raw: o.value, typed: typed.value, property }, [o.quote], reader, 'report') : [];
        for (const d of found) (d.severity === 'error' ? errors : warnings).push(`${d.message} ${d.hint ?? ''}`.trim());
        if (errors.length > 0) return { code: 1, out: [], err: errors.map((e) => `✖ ${e}`) };
      }
    }
  }
  if (source && o.via && !source.cites.includes(o.via)) warnings.push(`${source.file} does not list ${o.via} in \`cites\`; add it there if the article names it.`);

  const given = REPORT_FIELDS.filter((f) => o[f] !== undefined);
  const existing = findClaimFile(ix.root, id);
  if (existing) return addToExisting(ix, existing, id, o, raw, given.length, warnings);

  const file = claimPath(id);
  const rendered = renderClaim(o.subject, property!, qualifiers, o.topics, { source: o.source, value: raw, quote: o.quote, via: o.via });
  try {
    // A subject's first claim also creates its folder, claims/<subject>/.
    mkdirSync(dirname(join(ix.root, file)), { recursive: true });
    writeFileSync(join(ix.root, file), rendered.text, { flag: 'wx' });
  } catch (e) {
    return { code: 1, out: [], err: [`✖ Could not write ${file}: ${(e as Error).message}`] };
  }
  const missing = REPORT_FIELDS.filter((f) => o[f] === undefined);
  return {
    code: 0,
    out: [
      `✔ Created ${file} (claim ${id}).`,
      ...warnings.map((w) => `! ${w}`),
      'Next:',
      ...(missing.length ? [`  - fill in the report's ${missing.join(', ')} (${file}:${rendered.reportLine})`] : []),
      '  - run: npm run check',
    ],
    err: [],
  };
}

function addToExisting(ix: ProjectIndex, file: string, id: string, o: ClaimOptions, raw: RawValue | undefined, given: number, warnings: string[]): Outcome {
  if (given < REPORT_FIELDS.length) {
    const what = given === 0 ? 'To add a report to it, pass' : 'To add a report to it, pass all of';
    return { code: 1, out: [], err: [`✖ The claim ${id} already exists in ${file}. ${what} --source, --value and --quote (and --via if the article credits an upstream).`] };
  }
  const report: NewReport = { source: o.source!, value: raw!, quote: o.quote!, ...(o.via ? { via: o.via } : {}) };
  const text = readProjectFile(ix.root, file);
  const result = appendReport(text, report);
  if (!result.ok && result.duplicate) return { code: 1, out: [], err: [`✖ ${file} already has this report (${result.reason}); nothing to add.`] };
  if (!result.ok) {
    return {
      code: 1,
      out: [],
      err: [`✖ Could not add the report to ${file} automatically: ${result.reason}.`, 'Add these lines to its `reports` list by hand:', ...reportLines(report, '  ')],
    };
  }
  writeFileSync(join(ix.root, file), result.text);
  return {
    code: 0,
    out: [`✔ Added a report from ${report.source} to ${file}:${result.line} (claim ${id}).`, ...warnings.map((w) => `! ${w}`), 'Next: run npm run check'],
    err: [],
  };
}
