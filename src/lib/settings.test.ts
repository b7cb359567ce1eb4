import { describe, expect, it } from 'vitest';
import { checkSettings, contactHref } from './settings.ts';

describe('checkSettings', () => {
  it('stops a publishing build without the site address and the editors’ contact, with the fix', () => {
    const { errors } = checkSettings({ PUBLISH: '1' });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/SITE_URL.*localhost.*SITE_URL=https:/);
    expect(errors[1]).toMatch(/EDITORS_CONTACT=/);
    expect(checkSettings({ PUBLISH: '1', SITE_URL: 'http://x.org' }).errors[0]).toMatch(/https/);
  });
  it('only warns in a local preview, and is quiet when both are set', () => {
    expect(checkSettings({})).toEqual({
      errors: [],
      warnings: [expect.any(String), expect.any(String)],
    });
    expect(
      checkSettings({ PUBLISH: '1', SITE_URL: 'https://venha.org', EDITORS_CONTACT: 'a@b.org' }),
    ).toEqual({ errors: [], warnings: [] });
  });
  it('turns an e-mail address or an https page into a link, and nothing else', () => {
    expect(contactHref('bientap@example.org')).toBe('mailto:bientap@example.org');
    expect(contactHref('https://example.org/lien-he')).toBe('https://example.org/lien-he');
    expect(contactHref('javascript:alert(1)')).toBeUndefined();
    expect(contactHref('')).toBeUndefined();
  });
});
