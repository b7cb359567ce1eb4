/**
 * Where each of the 34 provinces sits on the tile map of the directory's
 * front page: one equal tile each, [column, row], in its rough place on the
 * map of Viet Nam (north at the top, the Mekong delta at the bottom).
 * Adding or merging a province means placing its tile here (a test checks
 * every province has exactly one free tile).
 */
export const tilePositions: Readonly<Record<string, readonly [number, number]>> = {
  'lai-chau': [0, 0],
  'lao-cai': [1, 0],
  'tuyen-quang': [2, 0],
  'cao-bang': [3, 0],
  'dien-bien': [0, 1],
  'son-la': [1, 1],
  'phu-tho': [2, 1],
  'thai-nguyen': [3, 1],
  'lang-son': [4, 1],
  'ha-noi': [2, 2],
  'bac-ninh': [3, 2],
  'quang-ninh': [4, 2],
  'ninh-binh': [2, 3],
  'hung-yen': [3, 3],
  'hai-phong': [4, 3],
  'thanh-hoa': [2, 4],
  'nghe-an': [2, 5],
  'ha-tinh': [3, 6],
  'quang-tri': [3, 7],
  hue: [4, 8],
  'da-nang': [4, 9],
  'quang-ngai': [4, 10],
  'gia-lai': [4, 11],
  'dak-lak': [4, 12],
  'lam-dong': [3, 13],
  'khanh-hoa': [4, 13],
  'tay-ninh': [1, 14],
  'tp-ho-chi-minh': [2, 14],
  'dong-nai': [3, 14],
  'an-giang': [0, 15],
  'dong-thap': [1, 15],
  'vinh-long': [2, 15],
  'ca-mau': [0, 16],
  'can-tho': [1, 16],
};

/** A province name on two short lines for a tile: "TP Hồ Chí Minh" → ["TP", "Hồ Chí Minh"] → shortened. */
export function tileLabel(name: string): [string, string] {
  const words = name
    .replace(/^(TP|Thành phố) Hồ Chí Minh$/, 'TP HCM')
    .replace(/ City$/, '')
    .split(' ');
  if (words.length <= 1) return [words[0] ?? '', ''];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}
