// The nativeReview flag: which lessons carry Korean or Chinese text that no
// native speaker has checked yet (listed on /to-chuc/ until removed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { nativeReviewField } from './native-review.ts';

describe('nativeReview', () => {
  it('accepts locale codes from the registry and an absent field', () => {
    expect(nativeReviewField.safeParse(['ko', 'zh']).success).toBe(true);
    expect(nativeReviewField.safeParse(undefined).success).toBe(true);
  });

  it('refuses a language tag that is not a locale code, naming the codes', () => {
    const issues = nativeReviewField.safeParse(['zh-Hans']).error?.issues ?? [];
    expect(issues[0]?.message).toMatch(/locale codes from the registry: en, ko, zh/);
  });

  it('refuses an empty list', () => {
    expect(nativeReviewField.safeParse([]).success).toBe(false);
  });

  it('flags lesson 3, whose phrase card waits for a native speaker, in both languages', () => {
    for (const lang of ['vi', 'en']) {
      const file = `content/course/${lang}/3-cuoc-song-hang-ngay.mdx`;
      const { data } = readFrontmatter(readFileSync(file, 'utf8'));
      expect(nativeReviewField.parse((data as Record<string, unknown>).nativeReview)).toEqual([
        'ko',
        'zh',
      ]);
    }
  });
});
