import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provinceSchema } from '../schemas/province.ts';
import { findProvince } from './provinces.ts';

const provinces = readdirSync('content/provinces').map((name) => ({
  id: name.replace('.yaml', ''),
  data: provinceSchema.parse(parse(readFileSync(`content/provinces/${name}`, 'utf8'))),
}));

describe('findProvince', () => {
  it('finds a province by its former names, typed any way', () => {
    expect(findProvince(provinces, 'Hà Giang')?.id).toBe('tuyen-quang');
    expect(findProvince(provinces, 'kien giang')?.id).toBe('an-giang');
    expect(findProvince(provinces, 'Tỉnh Yên Bái')?.id).toBe('lao-cai');
    expect(findProvince(provinces, 'Ba Ria - Vung Tau')?.id).toBe('tp-ho-chi-minh');
  });
  it('finds current names in Vietnamese and English', () => {
    expect(findProvince(provinces, 'Đà Nẵng')?.id).toBe('da-nang');
    expect(findProvince(provinces, 'Ho Chi Minh City')?.id).toBe('tp-ho-chi-minh');
    expect(findProvince(provinces, 'TP Hồ Chí Minh')?.id).toBe('tp-ho-chi-minh');
    expect(findProvince(provinces, 'Thành phố Cần Thơ')?.id).toBe('can-tho');
  });
  it('finds nothing for a name that is not a province', () => {
    expect(findProvince(provinces, 'Bangkok')).toBeUndefined();
  });
});
