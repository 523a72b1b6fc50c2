import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { claimList, claimName, firstSentence, lowerFirst, quoted, qualifierValueName, shortTitle, sourceName, verdictSentence } from '../../../src/core/analyze/describe.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { buildCorpus, verdict } from '../../helpers/corpus-builder.ts';

const LONG = "OpenAI's GPT-5.5: The Efficiency Play That Could Redefine the AI Arms Race";

const ctx = buildContext(
  buildCorpus({
    sources: [
      { id: 'long', title: LONG },
      { id: 'digest', title: 'The Silent Intelligence', publisher: 'Daily Neural Digest' },
      { id: 'vb-1', title: 'GPT-5.5 is no potato', publisher: 'VentureBeat' },
      { id: 'vb-2', title: 'Codex gets a valuation', publisher: 'VentureBeat' },
    ],
    subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }, { id: 'monitor', name: 'OpenAI Downtime Monitor' }],
    properties: [
      { id: 'release-date', type: 'date', label: 'Release date' },
      { id: 'powers-codex', type: 'boolean', label: 'Powers Codex' },
      { id: 'tracks', type: 'text', label: 'What it tracks' },
      { id: 'has-feature', type: 'boolean', label: 'Has feature' },
    ],
    claims: [
      { subject: 'gpt-5-5', property: 'release-date', reports: [{ source: 'long', raw: '2026' }] },
      { subject: 'gpt-5-5', property: 'powers-codex', reports: [{ source: 'long', raw: true }] },
      { subject: 'monitor', property: 'tracks', reports: [{ source: 'long', raw: 'uptime' }] },
      {
        subject: 'gpt-5-5',
        property: 'has-feature',
        qualifiers: { feature: 'in-flight-monitoring' },
        reports: [{ source: 'long', raw: true, quote: 'GPT-5.5 incorporates a new “In-Flight Monitoring” system.' }],
      },
    ],
  }),
  compareValues,
);

describe('explanation wording', () => {
  it('cuts long titles at a word boundary near 60 characters', () => {
    expect(shortTitle(LONG)).toBe("OpenAI's GPT-5.5: The Efficiency Play That Could Redefine…");
    expect(shortTitle(LONG).length).toBeLessThanOrEqual(61);
    expect(shortTitle('Introducing GPT-5.5')).toBe('Introducing GPT-5.5');
    // Punctuation left dangling at the cut goes.
    expect(shortTitle('GPT-5.5: The Retrain Nobody Expected — How OpenAI Broke the Tie and Changed the Game')).toBe(
      'GPT-5.5: The Retrain Nobody Expected — How OpenAI Broke the…',
    );
  });

  it('names a source by its one short name: its publisher, or its short title in quotes', () => {
    expect(sourceName(ctx, 'digest')).toBe('Daily Neural Digest');
    // The site's short name (src/core/source-name.ts): the lead-in before the colon goes.
    expect(sourceName(ctx, 'long')).toBe('"The Efficiency Play That Could Redefine…"');
    // Two sources of one publisher stay apart.
    expect(sourceName(ctx, 'vb-1')).toBe('VentureBeat: GPT-5.5 is no potato');
    expect(sourceName(ctx, 'not-in-corpus')).toBe('not-in-corpus');
  });

  it('keeps a label\'s own case and writes booleans as the tables do', () => {
    expect(lowerFirst('Release date')).toBe('release date');
    expect(lowerFirst('Terminal-Bench 2.0 score')).toBe('Terminal-Bench 2.0 score');
    expect(lowerFirst('API price')).toBe('API price');
    expect(lowerFirst('GDPval score')).toBe('GDPval score');
    expect(quoted(false)).toBe('"no"');
    expect(quoted(true)).toBe('"yes"');
    expect(quoted('82.7%')).toBe('"82.7%"');
  });

  it('names claims as their pages do, subject · label, with qualifier values by name', () => {
    const [release, codex, tracks] = ['gpt-5-5/release-date', 'gpt-5-5/powers-codex', 'monitor/tracks'].map((id) => ctx.index.claimById.get(id)!);
    expect(claimName(ctx, release)).toBe('GPT-5.5 · Release date');
    expect(claimName(ctx, codex)).toBe('GPT-5.5 · Powers Codex');
    expect(claimName(ctx, tracks)).toBe('OpenAI Downtime Monitor · What it tracks');
    const feature = ctx.index.claimById.get('gpt-5-5/has-feature--in-flight-monitoring')!;
    // Not a subject: named as the quote writes it, not by its id.
    expect(claimName(ctx, feature)).toBe('GPT-5.5 · Has feature (feature: In-Flight Monitoring)');
    expect(qualifierValueName(feature, 'persistent-memory', () => undefined)).toBe('persistent memory');
    expect(qualifierValueName(feature, 'gpt-5-5', (id) => (id === 'gpt-5-5' ? 'GPT-5.5' : undefined))).toBe('GPT-5.5');
  });

  it('lists claims so a reader can count them when their names hold commas', () => {
    expect(claimList(['this one', 'GPT-5.5 · Release date'])).toBe('this one and GPT-5.5 · Release date');
    expect(claimList(['this one', 'GPT-5.5 · API price, input', 'GPT-5.5 · API price, output'])).toBe(
      'this one; GPT-5.5 · API price, input; and GPT-5.5 · API price, output',
    );
  });

  it('quotes the first sentence of a verdict, capped in length', () => {
    expect(firstSentence('Compatible: all name GB200. The H100 needs a source.')).toBe('Compatible: all name GB200.');
    expect(firstSentence('one two three four five', 3)).toBe('one two three…');
    const release = ctx.index.claimById.get('gpt-5-5/release-date')!;
    expect(verdictSentence(release)).toBeUndefined();
    expect(verdictSentence({ ...release, verdict: verdict({ value: 'April 23, 2026', note: 'OpenAI dates it so. More.' }) })).toBe(
      'An editor\'s verdict settles on "April 23, 2026": "OpenAI dates it so."',
    );
  });
});
