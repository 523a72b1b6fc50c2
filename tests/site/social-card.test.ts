import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/node/load-project.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { agreeingGroups, socialCard, socialCards, socialCardKey } from '../../src/site/social-card.ts';
import { ROOT } from '../e2e/helpers/build.ts';

const project = loadProject(ROOT);
const data = buildSiteData(project.corpus, project.analysis);

describe('social cards of the corpus', () => {
  it('exist for exactly the contested claims', () => {
    const contested = [...data.analysis.claims.values()].filter((c) => c.status === 'contested').map((c) => c.claim).sort();
    expect(contested.length).toBeGreaterThan(0);
    expect(socialCards(data).map((c) => c.claim).sort()).toEqual(contested);
    const single = [...data.analysis.claims.values()].find((c) => c.status !== 'contested')!;
    expect(socialCard(data, data.claims.get(single.claim)!)).toBeUndefined();
  });

  it('group the release date reports that agree, largest group first, and say so in the text alternative', () => {
    const card = socialCard(data, data.claims.get('gpt-5-5/release-date')!)!;
    expect(card.path).toBe('/og/claims/gpt-5-5/release-date.png');
    const reports = card.groups.reduce((n, g) => n + g.reports, 0);
    expect(reports).toBe(data.claims.get('gpt-5-5/release-date')!.reports.length);
    expect(card.groups.length).toBeGreaterThanOrEqual(2);
    expect(card.groups[0].reports).toBeGreaterThanOrEqual(card.groups[1].reports);
    expect(card.alt).toMatch(/^Contested: GPT-5\.5 · Release date\. The sources disagree: .+ vs .+\.$/);
  });

  it('put every report in a group whose first value it agrees with', () => {
    for (const claim of data.claims.values()) {
      const groups = agreeingGroups(claim.reports);
      expect(groups.flat().length).toBe(claim.reports.length);
    }
  });

  it('have keys that change with what the card shows and with the host', () => {
    const card = socialCard(data, data.claims.get('gpt-5-5/release-date')!)!;
    const key = socialCardKey(card, 'facts.example.org');
    expect(socialCardKey({ ...card }, 'facts.example.org')).toBe(key);
    expect(socialCardKey(card, 'other.example.org')).not.toBe(key);
    expect(socialCardKey({ ...card, groups: card.groups.slice(1) }, 'facts.example.org')).not.toBe(key);
  });
});
