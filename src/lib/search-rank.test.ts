import { describe, expect, it } from 'vitest';
import { isProviderPage, placesFirst, placesMeta, rankResults } from './search-rank.ts';

const result = (url: string, places?: string) => ({ url, meta: places ? { places } : {} });

describe('placesFirst', () => {
  const results = [
    result('/dich-vu/tuyen-quang/cong-tac-xa-hoi-ha-giang/'),
    result('/dich-vu/an-giang/', placesMeta(['An Giang', 'Kiên Giang'])),
    result('/dich-vu/tuyen-quang/', placesMeta(['Tuyên Quang', 'Hà Giang'])),
    result('/so-tay/giay-to/'),
  ];

  it('puts the province a former name now belongs to first, typed with or without marks', () => {
    for (const query of ['ha giang', 'Hà Giang', '  HA GIANG ']) {
      expect(placesFirst(results, query).map((r) => r.url)).toEqual([
        '/dich-vu/tuyen-quang/',
        '/dich-vu/tuyen-quang/cong-tac-xa-hoi-ha-giang/',
        '/dich-vu/an-giang/',
        '/so-tay/giay-to/',
      ]);
    }
  });

  it("keeps Pagefind's order when no place matches", () => {
    expect(placesFirst(results, 'giay to')).toEqual(results);
    expect(placesFirst(results, '')).toEqual(results);
  });

  it('needs a whole place name, so a word on the way to another does not reorder', () => {
    const withThai = [
      result('/so-tay/ho-chieu/'),
      result('/dich-vu/thai-nguyen/', placesMeta(['Thái Nguyên', 'Bắc Kạn'])),
      result('/dich-vu/tp-ho-chi-minh/', placesMeta(['TP Hồ Chí Minh', 'Bà Rịa–Vũng Tàu'])),
    ];
    for (const query of ['ha', 'an', 'ho', 'ho chi', 'nguyen'])
      expect(placesFirst(withThai, query), query).toEqual(withThai);
    expect(placesFirst(withThai, 'tro giup o thai nguyen')[0]!.url).toBe('/dich-vu/thai-nguyen/');
  });

  it('matches a dashed name typed as written or as plain words, and a city without "TP" or "City"', () => {
    const hcm = result(
      '/dich-vu/tp-ho-chi-minh/',
      placesMeta(['TP Hồ Chí Minh', 'Ho Chi Minh City', 'Bà Rịa–Vũng Tàu']),
    );
    const other = result('/so-tay/');
    for (const query of [
      'Bà Rịa–Vũng Tàu',
      'ba ria vung tau',
      'Bà Rịa - Vũng Tàu',
      'Hồ Chí Minh',
      'ho chi minh city',
      'tp hcm ho chi minh',
    ])
      expect(placesFirst([other, hcm], query)[0], query).toBe(hcm);
  });
});

describe('rankResults', () => {
  const centre = result('/dich-vu/ca-mau/tro-giup-phap-ly-ca-mau/');
  const chapter = result('/so-tay/quyen-loi/');
  const sheet = result('/dich-vu/ca-mau/ban-in/');
  it('puts chapters before single places in another province when no place is named', () => {
    expect(rankResults([centre, sheet, chapter], 'tro giup phap ly')).toEqual([
      sheet,
      chapter,
      centre,
    ]);
    expect(isProviderPage('/en/dich-vu/ca-mau/tro-giup-phap-ly-ca-mau/')).toBe(true);
    expect(isProviderPage('/dich-vu/ca-mau/')).toBe(false);
  });
  it('keeps a named province and its places first', () => {
    const province = result('/dich-vu/ca-mau/', placesMeta(['Cà Mau', 'Bạc Liêu']));
    expect(rankResults([centre, chapter, province], 'tro giup phap ly ca mau')[0]).toBe(province);
  });
});

describe('rankResults, titles', () => {
  it('puts the page whose title the query is first, typed with or without marks', () => {
    const chapter = { url: '/so-tay/nhung-ngay-dau/', meta: { title: 'Những ngày đầu' } };
    const longer = {
      url: '/di-cu-an-toan/truoc-khi-quyet-dinh/',
      meta: { title: 'Trước khi quyết định' },
    };
    const place = { url: '/dich-vu/hue/cong-an-hue/', meta: { title: 'Công an thành phố Huế' } };
    for (const query of ['nhung ngay dau', 'Những ngày đầu', 'NHUNG NGAY DAU'])
      expect(rankResults([longer, place, chapter], query)[0], query).toBe(chapter);
    // Words that are only part of a title change nothing.
    expect(rankResults([longer, chapter], 'ngay dau')).toEqual([longer, chapter]);
  });
  it('never lifts a closed programme, even by its title', () => {
    const closed = { url: '/dich-vu/hue/nhom/', meta: { title: 'Nhóm tự lực', last: 'historic' } };
    const chapter = { url: '/so-tay/quyen-loi/', meta: { title: 'Quyền lợi' } };
    expect(rankResults([closed, chapter], 'nhom tu luc')).toEqual([chapter, closed]);
  });
});

describe('rankResults, last', () => {
  it('never puts a closed programme or an empty province before other results', () => {
    const closed = { url: '/dich-vu/an-giang/trung-tam-cu/', meta: { last: 'historic' } };
    const empty = { url: '/dich-vu/hue/', meta: { places: 'hue', last: 'empty' } };
    const chapter = { url: '/so-tay/quyen-loi/', meta: {} };
    expect(rankResults([closed, empty, chapter], 'ho tro')).toEqual([chapter, closed, empty]);
    // Asked for by name, its page comes first: it still gives the numbers that work everywhere.
    expect(rankResults([chapter, empty], 'hue')).toEqual([empty, chapter]);
  });
});
