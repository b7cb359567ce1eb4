import { describe, expect, it } from 'vitest';
import { plainDescription, uuidV5 } from './hsds.ts';

describe('HSDS helpers', () => {
  it('makes RFC 9562 version-5 UUIDs (checked against the RFC example)', () => {
    // RFC 9562 appendix A.4: DNS namespace, "www.example.com".
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('service:a')).toBe(uuidV5('service:a'));
    expect(uuidV5('service:a')).not.toBe(uuidV5('service:b'));
  });

  it('turns a description into plain text with hotline numbers', () => {
    const numbers = new Map([['vn-111', '111']]);
    expect(
      plainDescription('Gọi <Hotline id="vn-111" />, **miễn phí**.\n\n\n\nHai.\n', numbers),
    ).toBe('Gọi 111, miễn phí.\n\nHai.');
  });
});
