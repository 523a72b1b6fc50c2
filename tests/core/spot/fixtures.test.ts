/**
 * Articles written apart from the corpus, from how newspapers and model cards write figures
 * (each tests/fixtures/spot/<case>/expected.yaml was written before the detector was tuned on that case).
 * The bar is the issue's: 90% of the figures found, 80% right claim and relation, and no
 * passage listed as a non-figure (names, markers, furniture) reported.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFixture } from '../../../bench/spot-quality.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'spot');

describe.each(readdirSync(ROOT))('spot fixture %s', (name) => {
  const score = scoreFixture(join(ROOT, name));
  it('finds at least 90% of the figures, with their types', () => {
    expect(score.found / score.expected).toBeGreaterThanOrEqual(0.9);
    expect(score.wrongTypes).toBe(0);
  });
  it('relates at least 80% of the figures that belong to a claim to the right claim, rightly', () => {
    expect(score.rightClaimRelation / score.withClaim).toBeGreaterThanOrEqual(0.8);
  });
  it('reports none of the passages that hold no figure', () => {
    expect(score.falsePositives).toEqual([]);
  });
});
