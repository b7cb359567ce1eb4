import { describe, expect, it } from 'vitest';
import { checkQuickExitUrl, localeCodes, locales } from './locales.ts';

describe('quick-exit destinations', () => {
  it('every locale leaves for an https page on another site', () => {
    const problems = localeCodes.flatMap((code) => {
      const problem = checkQuickExitUrl(locales[code].quickExit, 'https://example.org');
      return problem ? [`${code}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
  it('Chinese readers are not sent to Google, which is blocked in mainland China', () => {
    expect(new URL(locales.zh.quickExit).hostname).not.toMatch(/google\./);
  });
  it('refuses addresses that would not leave or would not load', () => {
    const site = 'https://ve-nha.example';
    expect(checkQuickExitUrl('http://example.com/', site)).toMatch(/https/);
    expect(checkQuickExitUrl('javascript:void(0)', site)).toMatch(/https/);
    expect(checkQuickExitUrl('/so-tay/', site)).toMatch(/full web address/);
    expect(checkQuickExitUrl('https://ve-nha.example/x', site)).toMatch(/this site/);
    expect(checkQuickExitUrl('https://www.baidu.com/s?wd=x', site)).toBeUndefined();
  });
});
