import { describe, expect, it } from 'vitest';
import { findRevealingWords, findRevealingWordsInUrl } from './neutral.ts';

describe('findRevealingWords', () => {
  it('finds revealing words in any case and in several languages', () => {
    expect(findRevealingWords('Help for VICTIMS')).toEqual(['victim']);
    expect(findRevealingWords('Phòng chống Mua Bán Người')).toEqual(['mua bán người']);
    expect(findRevealingWords('/so-tay/nan-nhan/')).toEqual(['nạn nhân']);
    expect(findRevealingWords('인신매매 피해자')).toEqual(['인신매매', '피해자']);
  });
  it('folds tone marks, đ and separators, so variants the old list missed are caught', () => {
    expect(findRevealingWords('Phòng chống buôn bán người')).toEqual(['buôn bán người']);
    expect(findRevealingWords('/buon-ban-nguoi/')).toEqual(['buôn bán người']);
    expect(findRevealingWords('Lua ban, boc lot')).toEqual(['lừa bán', 'bóc lột']);
    expect(findRevealingWords('A survivor of forced-labour')).toEqual([
      'survivor',
      'forced labour',
    ]);
    expect(findRevealingWords('打击人口贩运 被拐妇女')).toEqual(['被拐', '人口贩运']);
    expect(findRevealingWords('성매매 피해')).toEqual(['성매매']);
  });
  it('passes neutral titles', () => {
    expect(findRevealingWords('Chào mừng bạn về nhà')).toEqual([]);
    expect(findRevealingWords('Your rights and the support you can get')).toEqual([]);
    expect(findRevealingWords('Road traffic rules')).toEqual([]);
  });
});

describe('findRevealingWordsInUrl', () => {
  it('reads percent-encoded addresses', () => {
    expect(
      findRevealingWordsInUrl('http://baohagiang.vn/xa-hoi/bao-ve-nan-nhan-bi-mua-ban-nguoi-1/'),
    ).toEqual(['mua bán người', 'bị mua bán', 'nạn nhân']);
    expect(findRevealingWordsInUrl('https://example.cn/%E8%A2%AB%E6%8B%90')).toEqual(['被拐']);
    expect(findRevealingWordsInUrl('https://allianceantitrafic.org/')).toEqual(['trafic']);
    expect(findRevealingWordsInUrl('https://example.org/%E0%A4%A')).toEqual([]);
    expect(findRevealingWordsInUrl('https://chinhphu.vn/van-ban/123')).toEqual([]);
  });
});
