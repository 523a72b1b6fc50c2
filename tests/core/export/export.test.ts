import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import { buildClaimsJson, buildConflictsJson, buildReportsCsv, buildSourcesJson, csvCell } from '../../../src/core/export/index.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

const corpus = buildCorpus({
  sources: [
    { id: 'a', title: 'Article A', cites: ['u'] },
    { id: 'b', title: 'Article B' },
    { id: 'u', title: 'Upstream', archived: false },
  ],
  subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
  properties: [{ id: 'users', type: 'number', label: 'Users' }],
  claims: [
    {
      subject: 'gpt-5-5',
      property: 'users',
      reports: [
        { source: 'a', raw: 'over 10,000', via: 'u', quote: 'Over 10,000 people, "many" of them engineers' },
        { source: 'b', raw: '9,000', quote: '=HYPERLINK("http://evil")' },
      ],
    },
    { subject: 'gpt-5-5', property: 'cost-change', type: 'change', qualifiers: { versus: 'gpt-5-4' }, reports: [{ source: 'b', raw: '35% lower' }] },
  ],
});
const analysis = analyze(corpus);

describe('claims.json', () => {
  const doc = buildClaimsJson(corpus, analysis);

  it('carries version, no timestamp unless given, and claims in id order', () => {
    expect(doc.version).toBe(1);
    expect('generated' in doc).toBe(false);
    expect(buildClaimsJson(corpus, analysis, { generated: 'build-42' })).toMatchObject({ generated: 'build-42' });
    expect(doc.claims.map((c) => c.id)).toEqual(['gpt-5-5/cost-change--gpt-5-4', 'gpt-5-5/users']);
  });

  it('gives each report its raw and normalised value, bound and JSON-safe interval', () => {
    const users = doc.claims[1];
    expect(users).toMatchObject({ status: 'contested', statusReason: expect.stringMatching(/value conflict/), severity: 'high', subjectName: 'GPT-5.5', propertyLabel: 'Users', disagreeing: [0, 1] });
    expect(users.openFlags).toEqual(users.flags);
    expect(users.resolvedFlags).toEqual([]);
    expect(users.reports[0]).toMatchObject({
      source: 'a',
      raw: 'over 10,000',
      normalized: 10000,
      bound: 'over',
      interval: { lo: 10000, hi: null, loOpen: true, hiOpen: true },
      precision: 1,
      via: 'u',
    });
    expect(users.flags).toHaveLength(1);
    expect(doc.claims[0].reports[0]).toMatchObject({ normalized: -35, form: 'percent', factor: { lo: 0.645, hi: 0.655 } });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('claims.json series', () => {
  it('orders the dated values of a time-varying claim, and gives no series otherwise', () => {
    const timed = buildCorpus({
      sources: [{ id: 'a', published: '2026-05' }, { id: 'b', published: '2026-04-23' }, { id: 'c' }],
      properties: [
        { id: 'downloads', type: 'number', timeVarying: true },
        { id: 'score', type: 'percent' },
      ],
      claims: [
        { subject: 'm', property: 'downloads', reports: [{ source: 'a', raw: '25,000' }, { source: 'b', raw: '10,000' }, { source: 'c', raw: '9,000' }] },
        { subject: 'm', property: 'score', reports: [{ source: 'a', raw: '80%' }, { source: 'b', raw: '80%' }] },
      ],
    });
    // The builder dates reports as validation does: by their source's publication date.
    for (const c of timed.claims) for (const r of c.reports) r.asOf = timed.sources.find((s) => s.id === r.source)?.published;
    for (const c of timed.claims) for (const r of c.reports) if (r.asOf === undefined) delete r.asOf;
    const [downloads, score] = buildClaimsJson(timed, analyze(timed)).claims;
    expect(downloads.series).toEqual([
      { asOf: '2026-04-23', reports: [1] },
      { asOf: '2026-05', reports: [0] },
    ]);
    expect(score.series).toBeUndefined();
    // 25,000 in May and 10,000 in April are a series; the undated 9,000 can be any time, so it
    // conflicts with both, and it alone is the odd one out: the series has two origins, it one.
    expect(downloads.status).toBe('contested');
    expect(downloads.disagreeing).toEqual([2]);
  });
});

describe('sources.json and conflicts.json', () => {
  it('lists sources with their claims, citations and flags', () => {
    const { sources } = buildSourcesJson(corpus, analysis);
    expect(sources.map((s) => s.id)).toEqual(['a', 'b', 'u']);
    expect(sources[2]).toMatchObject({ citedBy: ['a'], reports: 0, archived: false });
    expect(sources[0]).toMatchObject({ claims: ['gpt-5-5/users'], reports: 1 });
    expect(sources[1].flags).toEqual(analysis.flags.map((f) => f.id));
  });

  it('lists flags with counts per kind and source titles', () => {
    const doc = buildConflictsJson(corpus, analysis);
    expect(doc.counts).toEqual({ 'arithmetic-mismatch': 0, 'value-conflict': 1, 'possible-misreading': 0, 'citation-mismatch': 0, 'internal-inconsistency': 0 });
    expect(doc.flags[0]).toMatchObject({ kind: 'value-conflict', severity: 'high', sourceTitles: { a: 'Article A', b: 'Article B' } });
    expect(doc.resolved).toBe(0);
  });
});

describe('reports.csv', () => {
  const csv = buildReportsCsv(corpus, analysis);
  const lines = csv.split('\r\n');

  it('has a header and one CRLF-terminated row per report', () => {
    expect(lines[0]).toBe(
      'claim_id,subject,property,qualifiers,source,raw_value,normalized_value,unit,status,quote,via,low,high,bound,precision,severity,verdict_rating,verdict_reviewer,verdict_date,resolved_flags,stance,inferred,as_of,claimant,baseline',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(4);
    // Numeric columns are plain numbers, a negative one too; text cells stay guarded.
    expect(lines[1]).toBe('gpt-5-5/cost-change--gpt-5-4,gpt-5-5,cost-change,versus=gpt-5-4,b,35% lower,-35,%,single-source,35% lower,,-35.5,-34.5,exact,1,,,,,,,,,,');
  });

  it('gives interval ends, bound, precision, severity and the claim status of each report', () => {
    // "over 10,000" has an open upper end: no number to write.
    expect(lines[2]).toMatch(/,u,10000,,over,1,high,/);
    expect(lines[3]).toMatch(/,8999\.5,9000\.5,exact,1,high,/);
  });

  it('gives each change the interval and bound claims.json gives it, around its signed value', () => {
    const changes = buildCorpus({
      sources: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      properties: [{ id: 'cost', type: 'change', label: 'Operating cost' }],
      claims: [
        {
          subject: 'gpt-5-5',
          property: 'cost',
          reports: [
            { source: 'a', raw: 'lower' },
            { source: 'b', raw: 'over 35% lower' },
            { source: 'c', raw: 'by 35%', quote: 'cut the cost by 35%' },
          ],
        },
      ],
    });
    const rows = buildReportsCsv(changes, analyze(changes)).split('\r\n').slice(1, 4);
    const columns = (row: string) => row.split(',').slice(6, 15);
    // A direction alone has no interval in claims.json, so none here: not "more than 0".
    expect(columns(rows[0])).toEqual(['decrease', '', expect.any(String), 'lower', '', '', '', '', '']);
    expect(columns(rows[1])).toEqual(['-35', '%', expect.any(String), 'over 35% lower', '', '', '-35', 'under', '1']);
    expect(columns(rows[2])).toEqual(['-35', '%', expect.any(String), 'cut the cost by 35%', '', '-35.5', '-34.5', 'exact', '1']);
    const json = buildClaimsJson(changes, analyze(changes)).claims[0].reports;
    expect(json[0]).not.toHaveProperty('interval');
    expect(json[2]).toMatchObject({ normalized: -35, bound: 'exact', interval: { lo: -35.5, hi: -34.5 } });
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(lines[2]).toContain('"Over 10,000 people, ""many"" of them engineers",u');
    expect(lines[3]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain')).toBe('plain');
  });
});
