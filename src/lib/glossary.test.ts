import { describe, expect, it } from 'vitest';
import { findTerm } from './glossary.ts';

const glossaries = [
  { lang: 'vi', terms: [{ id: 'xac-dinh', term: 'xác định nạn nhân', forms: ['xác định'] }] },
  { lang: 'en', terms: [{ id: 'xac-dinh', term: 'identification', forms: ['identified'] }] },
];

describe('findTerm', () => {
  it('picks the language from the wrapped word, in any case', () => {
    expect(findTerm(glossaries, 'xac-dinh', 'Xác định').lang).toBe('vi');
    expect(findTerm(glossaries, 'xac-dinh', 'identified').lang).toBe('en');
  });

  it('names <Term>, the id and the known ids for an unknown id', () => {
    expect(() => findTerm(glossaries, 'to-tung', 'tố tụng')).toThrow(
      /<Term id="to-tung">: no word with id "to-tung".*xac-dinh/,
    );
  });

  it('says how to fix a word the glossary does not list for that id', () => {
    expect(() => findTerm(glossaries, 'xac-dinh', 'công nhận')).toThrow(
      /<Term id="xac-dinh">: "công nhận" is not how the glossary writes this word.*forms/,
    );
  });
});
