/** The best voice for a language tag: same language and region, then same language. */
export function pickVoice<V extends { lang: string }>(
  voices: readonly V[],
  lang: string,
): V | undefined {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const normal = (v: V) => v.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((v) => normal(v) === wanted) ?? voices.find((v) => normal(v).split('-')[0] === base)
  );
}

/** Split text into pieces short enough for every speech engine, at sentence ends. */
export function speechChunks(text: string, max = 200): string[] {
  const sentences =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?。！？]+[.!?。！？]*/g) ?? [];
  const chunks: string[] = [];
  for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + sentence.length + 1 <= max)
      chunks[chunks.length - 1] = `${last} ${sentence}`;
    else chunks.push(sentence);
  }
  return chunks;
}
