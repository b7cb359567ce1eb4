import { describe, expect, it } from 'vitest';
import { fold, foldQuery, foldedDWords, synonymsFor } from './fold.ts';

describe('fold', () => {
  it('removes tone marks and turns đ into d, in any case', () => {
    expect(fold('Đường dây nóng')).toBe('duong day nong');
    expect(fold('ĐĂNG KÝ KHAI SINH')).toBe('dang ky khai sinh');
    expect(fold('Hà Giang')).toBe('ha giang');
  });
  it('leaves other scripts alone', () => {
    expect(fold('한국어 中文')).toBe('한국어 中文');
  });
});

describe('foldQuery', () => {
  it('makes every way of typing the same query equal', () => {
    const forms = ['duong day nong', 'đường dây nóng', 'Duong Day Nong', '  đường   dây nóng! '];
    expect(new Set(forms.map(foldQuery))).toEqual(new Set(['duong day nong']));
  });
});

describe('foldedDWords', () => {
  it('lists only words with đ, folded, once each', () => {
    expect(foldedDWords('Gọi đường dây nóng. Đăng ký ở đây, đường nào?')).toEqual([
      'dang',
      'day',
      'duong',
    ]);
    expect(foldedDWords('Không có chữ nào')).toEqual([]);
  });
});

describe('synonymsFor', () => {
  it('adds the other words of a group the page uses', () => {
    expect(synonymsFor('Luật phòng, chống mua bán người')).toEqual([
      'buon ban nguoi',
      'buon nguoi',
      'mua ban nguoi',
    ]);
    expect(synonymsFor('Báo cho Công an xã')).toEqual(['canh sat', 'cong an']);
  });
  it('matches whole words only', () => {
    expect(synonymsFor('công ancestry')).toEqual([]);
  });
});
