import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagAnchor, paths, safeHttpUrl } from '../../src/site/urls.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://openai.com/index/introducing-gpt-5-5/')).toBe('https://openai.com/index/introducing-gpt-5-5/');
    expect(safeHttpUrl(' http://example.com ')).toBe('http://example.com/');
  });

  it('drops every other scheme, relative URLs and non-strings', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example', '/relative', 'https://', '', 42, undefined, null]) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
  });
});

describe('paths', () => {
  it('keeps the slash of claim ids and encodes each segment', () => {
    expect(paths.claim('gpt-5-5/terminal-bench-2-0--claude-opus-4-7')).toBe('/claims/gpt-5-5/terminal-bench-2-0--claude-opus-4-7/');
    expect(paths.claim('a b/c?d')).toBe('/claims/a%20b/c%3Fd/');
  });

  it('builds every claim path as the segment-by-segment encoding would, plain ids included', () => {
    const reference = (id: string) =>
      `/claims/${id
        .split('/')
        .filter((s) => s.length > 0 && s !== '.' && s !== '..')
        .map(encodeURIComponent)
        .join('/')}/`;
    const segment = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.~-]{0,6}$/), fc.constantFrom('', '.', '..', '.x', 'a b', '%', '?'), fc.string({ unit: 'binary', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const id = parts.join('/');
        expect(paths.claim(id)).toBe(reference(id));
      }),
    );
  });

  it('cannot be steered out of its section', () => {
    expect(paths.claim('../../admin/x')).toBe('/claims/admin/x/');
    expect(paths.source('../x')).toBe('/sources/..%2Fx/');
    expect(paths.source('a/b')).toBe('/sources/a%2Fb/');
  });

  it('links quotes and flags to their anchors', () => {
    expect(paths.quote('ground-up-rebuild', 3)).toBe('/sources/ground-up-rebuild/#q-3');
    expect(paths.flag('value-conflict--x--ab12')).toBe('/conflicts/#flag-value-conflict--x--ab12');
    expect(flagAnchor('a"b<c')).toBe('flag-a-b-c');
    expect(paths.search('terminal bench')).toBe('/search/?q=terminal+bench');
  });
});
