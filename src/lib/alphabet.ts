/** Group titles under their first letter, sorted the way readers of the locale sort. */
export function groupByLetter<T extends { title: string }>(
  items: T[],
  lang: string,
): { letter: string; items: T[] }[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = [...items].sort((a, b) => collator.compare(a.title, b.title));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = firstLetter(item.title);
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

function firstLetter(title: string): string {
  const first = [...title.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '#';
  // Tone marks are not separate letters: "Ả" files under "A"; "Đ" stays "Đ".
  return first.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleUpperCase();
}
