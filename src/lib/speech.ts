/**
 * The best voice on the phone itself for a language tag: same language and
 * region, then same language. Only local voices count: a cloud voice
 * (Chrome's "Google …", Edge's "… Online") would send the page's text to
 * Google or Microsoft to be spoken. No local voice, no Listen button.
 */
export function pickVoice<V extends { lang: string; localService: boolean }>(
  voices: readonly V[],
  lang: string,
): V | undefined {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const normal = (v: V) => v.lang.toLowerCase().replace('_', '-');
  const local = voices.filter((v) => v.localService);
  return (
    local.find((v) => normal(v) === wanted) ?? local.find((v) => normal(v).split('-')[0] === base)
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
