// Which glossary entry a <Term> means. A <Term> knows only its id and the word
// it wraps, so the language comes from the word: "xác định" is the Vietnamese
// entry, "identification" the English one. That keeps the meaning in the
// language of the text, also when a chapter is shown in another language's
// site as a fallback.

export interface TermLike {
  id: string;
  term: string;
  forms: string[];
}

export interface GlossaryLike<T extends TermLike> {
  /** The language the word list is written in. */
  lang: string;
  terms: T[];
}

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The entry for a <Term id="…">word</Term>: the language whose entry with
 * that id has the word as its term or one of its forms. Throws, naming
 * <Term>, the id and the fix, when the id or the word is unknown.
 */
export function findTerm<T extends TermLike>(
  glossaries: GlossaryLike<T>[],
  id: string,
  word: string,
): { lang: string; term: T } {
  const withId = glossaries.flatMap((g) => {
    const term = g.terms.find((t) => t.id === id);
    return term ? [{ lang: g.lang, term }] : [];
  });
  if (withId.length === 0) {
    const known = [...new Set(glossaries.flatMap((g) => g.terms.map((t) => t.id)))].sort();
    throw new Error(
      `<Term id="${id}">: no word with id "${id}" in content/glossary/. Use one of: ${known.join(', ')}; or add it to content/glossary/<language>/tu-ngu.yaml.`,
    );
  }
  const wanted = fold(word);
  const match = withId.find(({ term }) => [term.term, ...term.forms].map(fold).includes(wanted));
  if (!match) {
    const options = withId.map(
      ({ lang, term }) => `${lang}: "${[term.term, ...term.forms].join('", "')}"`,
    );
    throw new Error(
      `<Term id="${id}">: "${word}" is not how the glossary writes this word (${options.join('; ')}). Wrap one of those, or add "${word}" to forms in content/glossary/<language>/tu-ngu.yaml.`,
    );
  }
  return match;
}
