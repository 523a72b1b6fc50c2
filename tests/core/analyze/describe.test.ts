import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { claimName, firstSentence, lowerFirst, quoted, shortTitle, sourceName, verdictSentence } from '../../../src/core/analyze/describe.ts';
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
    ],
    claims: [
      { subject: 'gpt-5-5', property: 'release-date', reports: [{ source: 'long', raw: '2026' }] },
      { subject: 'gpt-5-5', property: 'powers-codex', reports: [{ source: 'long', raw: true }] },
      { subject: 'monitor', property: 'tracks', reports: [{ source: 'long', raw: 'uptime' }] },
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

  it('names claims with a possessive, except yes/no properties and question-like labels', () => {
    const [release, codex, tracks] = ['gpt-5-5/release-date', 'gpt-5-5/powers-codex', 'monitor/tracks'].map((id) => ctx.index.claimById.get(id)!);
    expect(claimName(ctx, release)).toBe("GPT-5.5's release date");
    expect(claimName(ctx, codex)).toBe('GPT-5.5 · powers Codex');
    expect(claimName(ctx, tracks)).toBe('OpenAI Downtime Monitor · what it tracks');
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
