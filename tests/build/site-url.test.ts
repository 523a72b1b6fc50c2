import { describe, expect, it } from 'vitest';
import { siteFromEnv, SiteSettingError, SITE_VARIABLE } from '../../src/build/site-url.ts';

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

  it('refuses what cannot be a published address, saying what to set, without a stack trace', () => {
    let error: unknown;
    try {
      site('facts.example.org');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteSettingError);
    expect((error as SiteSettingError).message).toBe('CROSSCHECK_SITE="facts.example.org" is not an absolute URL.');
    expect((error as SiteSettingError).hint).toMatch(/^Set CROSSCHECK_SITE to the address the site will be served from, such as https:\/\/facts\.example\.org/);
    expect((error as SiteSettingError).stack).toBe('');
    expect(() => site('ftp://example.org')).toThrow(/uses ftp:; only http and https/);
    expect(() => site('https://user:pw@example.org')).toThrow(/user name or password/);
    expect(() => site('https://example.org/?a=1')).toThrow(/query or a fragment/);
    expect(() => site('https://example.org/facts/')).toThrow(/names a folder \(\/facts\/\); the site's links start at the root/);
  });
});
