/**
 * Property descriptions and qualifier values as readers see them: the registry's descriptions
 * name qualifiers by key ("the model in qualifier `versus`") for contributors and the spotter,
 * and qualifier values are ids ("in-flight-monitoring", "servicenow"); pages show names.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/node/load-project.ts';
import { claimPropertyDescription, readableDescription } from '../../src/site/property-text.ts';
import { buildSiteData, claimText } from '../../src/site/site-data.ts';
import { topicsText } from '../../src/site/labels.ts';
import { searchInput } from '../../src/site/search-input.ts';

const { corpus, analysis } = loadProject(fileURLToPath(new URL('../../', import.meta.url)));
const data = buildSiteData(corpus, analysis);
const claim = (id: string) => data.claims.get(id)!;

describe('property descriptions on claim pages', () => {
  it('names the claim\'s own qualifier value where the registry names the qualifier', () => {
    expect(claimPropertyDescription(data, claim('gpt-5-5/api-price-change--gpt-5-4'))).toBe(
      'How per-token API prices changed compared with GPT-5.4 (for GPT-5.5, its predecessor GPT-5.4).',
    );
    expect(claimPropertyDescription(data, claim('gpt-5-5/has-feature--in-flight-monitoring'))).toBe(
      'Whether the model includes the named feature (here: In-Flight Monitoring).',
    );
    expect(claimPropertyDescription(data, claim('openai/partnership--servicenow'))).toBe('Whether the organisation has a partnership with ServiceNow.');
  });

  it('shows no backtick or qualifier key on any claim of the corpus', () => {
    for (const c of data.claims.values()) {
      const text = claimPropertyDescription(data, c);
      expect(text, c.id).not.toMatch(/`|qualifier/);
    }
  });

  it('reads a description whose claim lacks the qualifier, and any other code span', () => {
    expect(readableDescription('Above the model in qualifier `versus`.', () => undefined)).toBe('Above the other model.');
    expect(readableDescription('The named feature (qualifier `feature`).', () => undefined)).toBe('The named feature.');
    expect(readableDescription('Set `time-varying` here.', () => undefined)).toBe('Set time varying here.');
  });
});

describe('qualifier values in claim names', () => {
  it('names a value by its subject, else as the quote writes it, never by its id', () => {
    expect(claimText(data, claim('gpt-5-5/has-feature--in-flight-monitoring'))).toBe('GPT-5.5 · Has feature · feature: In-Flight Monitoring');
    expect(claimText(data, claim('openai/partnership--servicenow'))).toBe('OpenAI · Partnership · partner: ServiceNow');
    expect(claimText(data, claim('gpt-5-5/api-price-change--gpt-5-4'))).toBe('GPT-5.5 · API price change · versus: GPT-5.4');
  });

  it('gives search the same names', () => {
    const input = searchInput(corpus, analysis);
    expect(input.claims.find((c) => c.id === 'openai/partnership--servicenow')?.qualifiers).toEqual(['ServiceNow']);
  });
});

describe('topics', () => {
  it('are shown in words, not as ids', () => {
    expect(topicsText(['benchmarks', 'computer-use'])).toBe('benchmarks, computer use');
  });
});
