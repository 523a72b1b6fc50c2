import { describe, expect, it } from 'vitest';
import { siteFromEnv, SITE_VARIABLE } from '../../src/build/site-url.ts';

const site = (value: string | undefined) => siteFromEnv({ [SITE_VARIABLE]: value });

describe('siteFromEnv', () => {
  it('is undefined when the variable is unset or blank', () => {
    expect(siteFromEnv({})).toBeUndefined();
    expect(site('  ')).toBeUndefined();
  });

  it('normalises a site address to end in a slash', () => {
    expect(site('https://facts.example.org')).toBe('https://facts.example.org/');
    expect(site(' https://Facts.Example.org ')).toBe('https://facts.example.org/');
    expect(site('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321/');
  });

  it('refuses what cannot be a published address, saying what to set', () => {
    expect(() => site('facts.example.org')).toThrow(/CROSSCHECK_SITE="facts.example.org" is not an absolute URL\. Set CROSSCHECK_SITE to the address/);
    expect(() => site('ftp://example.org')).toThrow(/uses ftp:; only http and https/);
    expect(() => site('https://user:pw@example.org')).toThrow(/user name or password/);
    expect(() => site('https://example.org/?a=1')).toThrow(/query or a fragment/);
    expect(() => site('https://example.org/facts/')).toThrow(/names a folder \(\/facts\/\); the site's links start at the root/);
  });
});
