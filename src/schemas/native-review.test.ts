// The nativeReview flag: which lessons carry Korean or Chinese text that no
// native speaker has checked yet (listed on /to-chuc/ until removed).
import { describe, expect, it } from 'vitest';
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
});
