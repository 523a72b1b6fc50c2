/**
 * The engine against the real GPT-5.5 corpus: every disagreement the first five articles
 * are known to contain must be found, with the right diagnosis.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model.ts';
import { loadProject } from '../../../src/node/load-project.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const project = loadProject(root);
const { analysis } = project;

function flagsOn(kind: Flag['kind'], claim: string): Flag[] {
  return analysis.flags.filter((f) => f.kind === kind && f.claims.includes(claim));
}

describe('the real corpus', () => {
  it('loads without errors', () => {
    expect(project.corpus.claims.length).toBeGreaterThan(50);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds the release date one day apart', () => {
    const [flag] = flagsOn('value-conflict', 'gpt-5-5/release-date');
    expect(flag).toMatchObject({ diagnosis: 'one-day-apart' });
    expect(flag.sources).toContain('neural-digest-silent-intelligence');
    expect(flag.values.map((v) => v.normalized)).toEqual(expect.arrayContaining(['2026-04-23', '2026-04-24']));
    expect(analysis.claims.get('gpt-5-5/release-date')?.status).toBe('contested');
  });

  it('finds 35x lower against by 35% as a unit slip', () => {
    const [flag] = flagsOn('value-conflict', 'gpt-5-5/inference-cost-reduction');
    expect(flag).toMatchObject({ diagnosis: 'unit-slip', sources: ['ground-up-rebuild', 'tempmail-code-red'] });
  });

  it('finds the $1,200 blended price outside the same article’s input and output prices', () => {
    const [flag] = flagsOn('internal-inconsistency', 'gpt-5-5/api-price-blended');
    expect(flag).toMatchObject({ diagnosis: 'outside-range', sources: ['retrain-nobody-expected'] });
    expect(flag.claims).toEqual(['gpt-5-5/api-price-blended', 'gpt-5-5/api-price-input', 'gpt-5-5/api-price-output']);
    expect(flag.explanation).toContain('"$1,200 per million tokens"');
  });

  it('finds the VentureBeat figures read two ways: 20%, $20 million and $200 million', () => {
    const upstream = analysis.flags.filter((f) => f.kind === 'possible-misreading' && f.diagnosis === 'same-upstream');
    const pairs = upstream.map((f) => f.claims.join(' + '));
    expect(pairs).toEqual(
      expect.arrayContaining([
        'gpt-5-5/capability-improvement + gpt-5-5/operating-cost-increase',
        'codex/valuation + gpt-5-5/deployment-total-cost',
        'codex/initial-investment + gpt-5-5/deployment-initial-investment',
      ]),
    );
    for (const flag of upstream) {
      expect(flag.values.every((v) => v.via === 'venturebeat-gpt-5-5-no-potato')).toBe(true);
      expect(flag.explanation).toContain('VentureBeat');
    }
  });

  it('finds over 10,000 systems against over 10,000 employees', () => {
    const flags = flagsOn('possible-misreading', 'gpt-5-5/deployment-systems');
    expect(flags.some((f) => f.claims.includes('gpt-5-5/nvidia-employee-users'))).toBe(true);
  });

  it('finds the gpt-oss download counts credited to TechCrunch and to OpenAI', () => {
    for (const claim of ['gpt-oss-20b/downloads', 'gpt-oss-120b/downloads']) {
      const [flag] = flagsOn('citation-mismatch', claim);
      expect(flag.values.map((v) => v.via).sort()).toEqual(['openai-introducing-gpt-5-5', 'techcrunch-gpt-5-5-super-app']);
    }
  });

  it('does not contest claims whose reports merely differ in precision or bound', () => {
    const contested = [...analysis.claims.values()].filter((c) => c.status === 'contested').map((c) => c.claim);
    for (const claim of contested) {
      expect(flagsOn('value-conflict', claim).length + flagsOn('internal-inconsistency', claim).length).toBeGreaterThan(0);
    }
    expect(analysis.claims.get('claude-opus-4-7/terminal-bench-2-0')?.status).not.toBe('contested');
  });
});
