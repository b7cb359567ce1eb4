import { describe, expect, it } from 'vitest';
import { findRevealingWords } from './neutral.ts';

describe('findRevealingWords', () => {
  it('finds revealing words in any case and in several languages', () => {
    expect(findRevealingWords('Help for VICTIMS')).toEqual(['victim']);
    expect(findRevealingWords('Phòng chống Mua Bán Người')).toEqual(['mua bán người']);
    expect(findRevealingWords('/so-tay/nan-nhan/')).toEqual(['nan-nhan']);
    expect(findRevealingWords('인신매매 피해자')).toEqual(['인신매매', '피해자']);
  });
  it('passes neutral titles', () => {
    expect(findRevealingWords('Chào mừng bạn về nhà')).toEqual([]);
    expect(findRevealingWords('Your rights and the support you can get')).toEqual([]);
  });
});
