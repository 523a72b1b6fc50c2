import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readValue, valueExamples } from '../../src/cli/new-fields.ts';
import { proposeSourceId, slugFromUrl, slugify } from '../../src/cli/new-slug.ts';
import { appendReport, yamlString } from '../../src/cli/new-yaml.ts';
import { ID_PATTERN } from '../../src/core/schema/fields.ts';

describe('source ids', () => {
  it('slugifies titles to kebab-case ASCII, cut at a word', () => {
    expect(slugify('OpenAI’s GPT-5.5 Is a Ground-Up Rebuild')).toBe('openais-gpt-5-5-is-a-ground-up-rebuild');
    expect(slugify('Ça coûte 5 €: l’été')).toBe('ca-coute-5-lete');
    const long = slugify('The Silent Intelligence: Inside OpenAI and the Race for AI Supremacy in Twenty Twenty-Six');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('the-silent-intelligence-inside-openai-and-the-race-for-ai');
  });

  it('makes a short id from a URL: site name and meaningful path words', () => {
    expect(slugFromUrl('https://techcrunch.com/2026/04/23/openai-gpt-5-5-super-app/')).toBe('techcrunch-openai-gpt-5-5-super-app');
    expect(slugFromUrl('https://www.theverge.com/news/12345/gpt-5-5-chatgpt.html')).toBe('theverge-gpt-5-5-chatgpt');
    expect(slugFromUrl('https://www.bbc.co.uk/news/technology-123')).toBe('bbc-technology-123');
    expect(slugFromUrl('https://blogs.nvidia.com/blog/openai-codex-gpt-5-5/?utm=x#top')).toBe('blogs-nvidia-openai-codex-gpt-5-5');
  });

  it('prefers the URL when it has words beyond the site, else the title', () => {
    expect(proposeSourceId({ url: 'https://example.com/', title: 'Model X launches' })).toBe('model-x-launches');
    expect(proposeSourceId({ url: 'https://example.com/model-x', title: 'Model X launches' })).toBe('example-model-x');
    expect(proposeSourceId({ url: 'https://example.com/' })).toBe('example');
  });

  it('always yields a valid id or nothing, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.webUrl(), (title, url) => {
        for (const id of [slugify(title), slugFromUrl(url), proposeSourceId({ title, url })]) {
          if (id !== '') expect(id).toMatch(ID_PATTERN);
          expect(id.length).toBeLessThanOrEqual(60);
        }
      }),
    );
  });
});

describe('yamlString', () => {
  it('reads back as exactly the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const doc = YAML.parseDocument(`k: ${yamlString(s)}`, { strict: true });
        expect(doc.errors).toEqual([]);
        expect(doc.toJS().k).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

const CLAIM = `---
subject: model-x   # the model
property: bench-score
reports:
  - source: alpha-news
    value: "82.7%"
    quote: 'On the Bench benchmark it scores 82.7%'
    # a note on the last report
verdict:
  note: "Kept."
---
Notes stay.
`;

describe('appendReport', () => {
  const report = { source: 'beta-news', value: '79.1%', quote: 'scored "79.1%" on Bench', via: 'upstream-blog' };

  it('inserts after the last report and changes nothing else', () => {
    const r = appendReport(CLAIM, report);
    if (!r.ok) throw new Error(r.reason);
    const lines = r.text.split('\n');
    expect(lines[r.line - 1]).toBe('  - source: beta-news');
    expect(lines.slice(r.line - 1, r.line + 3)).toEqual(['  - source: beta-news', '    value: "79.1%"', '    quote: "scored \\"79.1%\\" on Bench"', '    via: upstream-blog']);
    // Removing the inserted lines gives back the original, byte for byte.
    expect([...lines.slice(0, r.line - 1), ...lines.slice(r.line + 3)].join('\n')).toBe(CLAIM);
  });

  it('keeps the indentation, line endings and byte-order mark of the file', () => {
    const crlf = `\ufeff${CLAIM.replace('  - source', '- source').replace(/\n {4}/g, '\n  ').replace(/\n/g, '\r\n')}`;
    const r = appendReport(crlf, { source: 'beta-news', value: true, quote: 'q' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.text.startsWith('\ufeff---\r\n')).toBe(true);
    expect(r.text).toContain('\r\n- source: beta-news\r\n  value: true\r\n  quote: "q"\r\n');
    expect(r.text.replace(/- source: beta-news\r\n {2}value: true\r\n {2}quote: "q"\r\n/, '')).toBe(crlf);
  });

  it('appends to a front matter whose last line has no newline', () => {
    const r = appendReport('---\nsubject: a\nproperty: b\nreports:\n  - source: x\n    value: 1\n    quote: q\n---', { source: 'y', value: '2', quote: 'r' });
    expect(r.ok && r.text).toBe('---\nsubject: a\nproperty: b\nreports:\n  - source: x\n    value: 1\n    quote: q\n  - source: y\n    value: "2"\n    quote: "r"\n---');
  });

  it('refuses what it cannot do safely, saying why', () => {
    expect(appendReport('---\nreports: [{source: x, value: 1, quote: q}]\n---\n', report)).toMatchObject({ ok: false, reason: expect.stringContaining('block list') });
    expect(appendReport('no front matter', report)).toMatchObject({ ok: false });
    expect(appendReport('---\nreports:\n  - source: [\n---\n', report)).toMatchObject({ ok: false, reason: expect.stringContaining('YAML errors') });
    const dup = appendReport(CLAIM, { source: 'alpha-news', value: '82.7%', quote: 'On the Bench benchmark it scores 82.7%' });
    expect(dup).toMatchObject({ ok: false, duplicate: true });
  });
});

describe('value hints', () => {
  it('come from the value type registry', () => {
    expect(valueExamples('percent')).toBe('e.g. "82.7%", "20 percent" or "over 20%"');
    expect(valueExamples('boolean')).toBe('e.g. true or false');
  });
});

describe('npm run new reads a value as the check will', () => {
  const property = { id: 'price-change', label: 'Price change', type: 'change' as const, description: 'How the price changed.' };

  it('refuses a bare change its quote gives no direction, once the quote is known', () => {
    expect(readValue(property, 'by 35%').ok).toBe(true);
    expect(readValue(property, 'by 35%', 'the cost was reduced by 35%')).toEqual({ ok: true, raw: 'by 35%' });
    const r = readValue(property, 'by 35%', 'the cost moved by 35%');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain('rise or a fall');
  });
});
