/**
 * Words that must never appear in a path or a <title>: they would tell
 * anyone glancing at the phone’s history what the reader was looking at.
 * The page’s own text may name things plainly.
 */
export const revealingWords = [
  'trafficking',
  'trafficked',
  'victim',
  'buôn người',
  'buon nguoi',
  'buon-nguoi',
  'mua bán người',
  'mua ban nguoi',
  'mua-ban-nguoi',
  'bị mua bán',
  'nạn nhân',
  'nan nhan',
  'nan-nhan',
  '인신매매',
  '피해자',
  '拐卖',
  '贩卖人口',
  '受害者',
] as const;

/** The revealing words found in a text, compared case-insensitively. */
export function findRevealingWords(text: string): string[] {
  const haystack = text.normalize('NFC').toLowerCase();
  return revealingWords.filter((word) => haystack.includes(word));
}
