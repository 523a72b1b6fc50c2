import { describe, expect, it } from 'vitest';
import { readerTextDefects } from './reader-text.ts';

describe('readerTextDefects', () => {
  it('finds each defect the fact-checker reported, in visible text only', () => {
    const page = (body: string) => `<html><head><title>T</title><script>var x = undefined;</script></head><body>${body}</body></html>`;
    expect(readerTextDefects(page('<p>2 reports <span>· 1 reports</span></p>'))).toEqual([expect.stringMatching(/^a count of one in the plural/)]);
    expect(readerTextDefects(page('<p>in the <a href="/s/">The Play</a> article</p>'))).toEqual([expect.stringMatching(/^"the The"/)]);
    expect(readerTextDefects(page('<p>NaN and undefined and [object Object]</p>')).map((d) => d.split(':')[0])).toEqual(['undefined', 'NaN', '[object Object]']);
    expect(readerTextDefects(page('<p>two  spaces</p>'))).toEqual([expect.stringMatching(/^double space/)]);
    expect(readerTextDefects(page('<p>qualifier `versus`</p>'))).toEqual([expect.stringMatching(/^backtick/)]);
    expect(readerTextDefects(page('<p>see (gpt-5-5/operating-cost-increase) and Family daily-neural-digest</p>'), new Set(['daily-neural-digest']))).toHaveLength(2);
  });

  it('leaves scripts, archived text, web addresses and hyphenated words alone', () => {
    const page = '<html><head><title>T</title></head><body><script>undefined</script><div class="archive"><p>1 reports  here</p></div>'
      + '<p>11 reports, 21 claims, end-to-end, https://example.org/a-b/c-d</p></body></html>';
    expect(readerTextDefects(page, new Set(['a-b']))).toEqual([]);
  });
});
