import { describe, expect, it } from 'vitest';
import { pickVoice, speechChunks } from './speech.ts';

describe('pickVoice', () => {
  const voices = [
    { lang: 'en-US', localService: true },
    { lang: 'vi_VN', localService: true },
    { lang: 'zh-CN', localService: true },
  ];
  it('finds a voice by language, with or without region', () => {
    expect(pickVoice(voices, 'vi')).toEqual({ lang: 'vi_VN', localService: true });
    expect(pickVoice(voices, 'zh-Hans')).toEqual({ lang: 'zh-CN', localService: true });
  });
  it('never picks a cloud voice, which would send the text away', () => {
    const remoteFirst = [
      { name: 'Google Tiếng Việt', lang: 'vi-VN', localService: false },
      { name: 'On the phone', lang: 'vi', localService: true },
    ];
    expect(pickVoice(remoteFirst, 'vi-VN')?.name).toBe('On the phone');
    expect(pickVoice(remoteFirst.slice(0, 1), 'vi')).toBeUndefined();
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
