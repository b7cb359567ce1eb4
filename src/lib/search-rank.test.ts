import { describe, expect, it } from 'vitest';
import { placesFirst, placesMeta } from './search-rank.ts';

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
});
