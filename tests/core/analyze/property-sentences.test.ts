/**
 * Every property in claims/properties.yaml, named in the sentences flags and "Why:" lines write
 * about a claim. A label is a page heading, not always a noun: "Systems deployed on" and
 * "NVIDIA employees using it" garbled after a possessive ("gives "over 10,000" as GPT-5.5's
 * systems deployed on"), so each sentence is rendered for each label and the broken shapes refused.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { claimName } from '../../../src/core/analyze/describe.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Claim } from '../../../src/core/model.ts';
import { loadProject } from '../../../src/node/load-project.ts';

const { corpus } = loadProject(fileURLToPath(new URL('../../../', import.meta.url)));
const ctx = buildContext(corpus, compareValues);
const subject = corpus.subjects.find((s) => s.id === 'gpt-5-5')!;

/** The sentence shapes of the rules and of status.ts that name a claim. */
const SHAPES = [
  (name: string) => `Daily Neural Digest gives "over 10,000" for ${name}, which cannot all be true.`,
  (name: string) => `Sources disagree on ${name}: VentureBeat gives "1", NVIDIA gives "2".`,
  (name: string) => `A possible misreading: the same figure is read as this claim and as ${name}.`,
];

describe('property labels in sentences', () => {
  it.each(corpus.properties.map((p) => [p.id, p] as const))('%s reads in every sentence shape', (_id, property) => {
    const claim = { id: `gpt-5-5/${property.id}`, subject: subject.id, property: property.id, qualifiers: {}, reports: [] } as unknown as Claim;
    const name = claimName(ctx, claim);
    // The label as the claim's page heads it, after the subject: no possessive to garble it.
    expect(name).toBe(`${subject.name} · ${property.label}`);
    for (const shape of SHAPES) {
      const sentence = shape(name);
      expect(sentence).not.toMatch(/GPT-5\.5'/);
      // No id in place of a name ("mixture-of-experts" is a word of its label, not an id).
      if (!property.label.toLowerCase().includes(property.id)) expect(sentence).not.toContain(property.id);
      expect(sentence).not.toMatch(/undefined|\s{2}/);
    }
  });

  it('names qualifier values by name on every qualified claim of the corpus', () => {
    for (const claim of corpus.claims.filter((c) => Object.keys(c.qualifiers).length > 0)) {
      const name = claimName(ctx, claim);
      for (const value of Object.values(claim.qualifiers)) if (value.includes('-')) expect(name, claim.id).not.toContain(value);
    }
  });
});
