import { describe, expect, it } from 'vitest';
import { pickVoice, speechChunks } from './speech.ts';

describe('pickVoice', () => {
  const voices = [{ lang: 'en-US' }, { lang: 'vi_VN' }, { lang: 'zh-CN' }];
  it('finds a voice by language, with or without region', () => {
    expect(pickVoice(voices, 'vi')).toEqual({ lang: 'vi_VN' });
    expect(pickVoice(voices, 'zh-Hans')).toEqual({ lang: 'zh-CN' });
  });
  it('finds none when no voice speaks the language', () => {
    expect(pickVoice(voices, 'ko')).toBeUndefined();
  });
});

describe('speechChunks', () => {
  it('keeps sentences whole and chunks short', () => {
    const chunks = speechChunks('Một. Hai ba! Bốn năm sáu? Bảy.', 12);
    expect(chunks).toEqual(['Một. Hai ba!', 'Bốn năm sáu?', 'Bảy.']);
  });
});
