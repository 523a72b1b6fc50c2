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

  const first = socialCards(data)[0];

  it('group the reports that agree, largest group first, and say so in the text alternative', () => {
    const claim = data.claims.get(first.claim)!;
    expect(first.path).toBe(`/og/claims/${claim.id}.png`);
    const shown = first.groups.reduce((n, g) => n + g.reports, 0);
    if (first.moreGroups === 0) expect(shown).toBe(claim.reports.length);
    else expect(shown).toBeLessThan(claim.reports.length);
    expect(first.groups.length).toBeGreaterThanOrEqual(2);
    expect(first.groups[0].reports).toBeGreaterThanOrEqual(first.groups[1].reports);
    const title = first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(first.alt).toMatch(new RegExp(`^Contested: ${title}\\. The sources disagree: .+ vs .+\\.$`));
  });

  it('put every report in a group whose first value it agrees with', () => {
    for (const claim of data.claims.values()) {
      const groups = agreeingGroups(claim.reports);
      expect(groups.flat().length).toBe(claim.reports.length);
    }
  });

  it('have keys that change with what the card shows and with the host', () => {
    const card = first;
    const key = socialCardKey(card, 'facts.example.org');
    expect(socialCardKey({ ...card }, 'facts.example.org')).toBe(key);
    expect(socialCardKey(card, 'other.example.org')).not.toBe(key);
    expect(socialCardKey({ ...card, groups: card.groups.slice(1) }, 'facts.example.org')).not.toBe(key);
  });
});
