import { fold } from './fold.ts';

/**
 * Words that must never appear in a path, a <title> or a link the reader
 * might tap: they would tell anyone glancing at the phone’s history what the
 * reader was looking at. The page’s own text may name things plainly.
 *
 * Matching folds tone marks, "đ" and case, and treats any run of spaces,
 * hyphens, slashes or other punctuation as one space, so "Buôn bán người",
 * "buon-ban-nguoi" and "BUON BAN NGUOI" are the same word.
 */
export const revealingWords = [
  'traffick',
  'trafic',
  'victim',
  'survivor',
  'exploitation',
  'forced labour',
  'forced labor',
  'slavery',
  'buôn người',
  'buôn bán người',
  'mua bán người',
  'bị mua bán',
  'lừa bán',
  'nạn nhân',
  'bóc lột',
  'mại dâm',
  '인신매매',
  '피해자',
  '성매매',
  '성착취',
  '拐卖',
  '被拐',
  '贩卖人口',
  '人口贩运',
  '人口贩卖',
  '受害者',
] as const;

/** Folds a text for comparison: no tone marks, "đ" as "d", lower case, one space between words. */
function comparable(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const comparableWords = revealingWords.map((word) => [word, comparable(word).trim()] as const);

/** The revealing words found in a text, however it is written (tone marks, case, hyphens). */
export function findRevealingWords(text: string): string[] {
  const haystack = comparable(text);
  return comparableWords.filter(([, folded]) => haystack.includes(folded)).map(([word]) => word);
}

/**
 * The revealing words in a web address, read after percent-decoding, so
 * "nan-nhan-bi-mua-ban-nguoi" and "%E4%BA%BA%E5%8F%A3" are both caught.
 * A link to such an address would put it in the phone’s history: show it
 * as text to copy instead (see SourceList).
 */
export function findRevealingWordsInUrl(url: string): string[] {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape: check the address as written.
  }
  return findRevealingWords(decoded);
}
