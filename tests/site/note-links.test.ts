/**
 * Ids in editors' notes as readers see them: sources, claims and families by name, in sentences
 * that still read ("in the The Efficiency Play…", "the Daily Neural Digest piece (Daily Neural
 * Digest)", "Family daily-neural-digest" and "(gpt-5-5/operating-cost-increase)" did not).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/node/load-project.ts';
import { renderMarkdown, renderMarkdownFully } from '../../src/site/markdown.ts';
import { buildSiteData, familyName, sourceLinks } from '../../src/site/site-data.ts';

const { corpus, analysis } = loadProject(fileURLToPath(new URL('../../', import.meta.url)));
const data = buildSiteData(corpus, analysis);
const links = sourceLinks(data);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const notes = (id: string) => renderMarkdown(data.sources.get(id)!.notes ?? '', links);

describe('ids in notes', () => {
  it('drops the "the" before a name that brings its own', () => {
    const html = notes('neural-digest-silent-intelligence');
    expect(text(html)).toContain('means The Verge in The Efficiency Play That Could Redefine… article');
    expect(text(html)).not.toMatch(/\bthe The\b/i);
    expect(text(renderMarkdown('As the ground-up said.', { names: new Map([['ground-up', 'The Rebuild']]), href: (id) => `/s/${id}/` }))).toBe('As The Rebuild said.');
  });

  it('links a name already written instead of repeating it in parentheses', () => {
    const html = notes('efficiency-play');
    expect(html).toContain('with the <a href="/sources/neural-digest-silent-intelligence/">Daily Neural Digest</a> piece, so the two count as one origin');
    expect(text(html)).not.toContain('(Daily Neural Digest)');
    // A parenthesis naming another source than the one written stays.
    const other = renderMarkdown('the Wire piece (ground-up) says', { names: new Map([['ground-up', 'The Rebuild']]), href: (id) => `/s/${id}/` });
    expect(other).toBe('<p>the Wire piece (<a href="/s/ground-up/">The Rebuild</a>) says</p>');
  });

  it('names a family by its publisher, never by its id', () => {
    expect(familyName(data, 'daily-neural-digest')).toBe('Daily Neural Digest');
    expect(familyName(data, 'no-such-family')).toBeUndefined();
    expect(text(notes('efficiency-play'))).toContain('Family Daily Neural Digest: it shares its footer');
    expect(notes('efficiency-play')).not.toContain('daily-neural-digest');
  });

  it('shows a claim id as the claim\'s name, linked to its page, in plain and in full markdown', () => {
    const html = renderMarkdown(data.claims.get('gpt-5-5/capability-improvement')!.notes, links);
    expect(html).toContain('"operational expenses increasing by 20%" (<a href="/claims/gpt-5-5/operating-cost-increase/">GPT-5.5 · Change in operating costs</a>)');
    const full = renderMarkdownFully('*See* gpt-5-5/operating-cost-increase.', links);
    expect(full).toContain('<a href="/claims/gpt-5-5/operating-cost-increase/">GPT-5.5 · Change in operating costs</a>');
    for (const claim of data.claims.values()) expect(text(renderMarkdown(claim.notes, links)), claim.id).not.toMatch(/\b[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+-[a-z0-9-]+/);
  });
});
