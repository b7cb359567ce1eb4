/**
 * Vietnamese search folding. People type on phones without tone marks and
 * with "d" for "đ". Pagefind folds combining marks itself but keeps "đ" as
 * its own letter, so we fold both the index (extra searchable words) and the
 * reader's query the same way.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** Words of a text, as Pagefind would see them (letters and digits). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that only match once "đ" is folded: "đường" → "duong". These are
 * added to a page's index so "duong day nong" finds "đường dây nóng".
 */
export function foldedDWords(text: string): string[] {
  const found = new Set<string>();
  for (const word of words(text)) {
    if (/[đĐ]/.test(word)) found.add(fold(word));
  }
  return [...found].sort();
}

/**
 * Groups of phrases that mean the same to readers. A page containing any
 * phrase of a group is also found by the others.
 * Each group is documented in README ("Search").
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['mua bán người', 'buôn người', 'buôn bán người'],
  ['công an', 'cảnh sát'],
  ['căn cước', 'chứng minh nhân dân', 'cmnd', 'cccd'],
  ['giấy khai sinh', 'khai sinh'],
  ['hộ chiếu', 'passport'],
  ['nhà tạm lánh', 'nơi tạm lánh', 'mái ấm', 'shelter'],
  ['tư vấn tâm lý', 'tâm lý', 'counselling', 'counseling'],
  ['trafficking', 'human trafficking', 'trafficked'],
];

/** Extra phrases (folded) a page should be found by, from the synonym groups. */
export function synonymsFor(text: string): string[] {
  const haystack = ` ${words(fold(text)).join(' ')} `;
  const extra = new Set<string>();
  for (const group of synonymGroups) {
    const folded = group.map((phrase) => words(fold(phrase)).join(' '));
    if (folded.some((phrase) => haystack.includes(` ${phrase} `))) {
      for (const phrase of folded) extra.add(phrase);
    }
  }
  return [...extra].sort();
}

/** The query as it should be sent to Pagefind: folded, trimmed, single-spaced. */
export function foldQuery(query: string): string {
  return words(fold(query)).join(' ');
}
