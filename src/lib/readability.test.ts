import { describe, expect, it } from 'vitest';
import {
  countUnits,
  glossaryCoverage,
  measure,
  plainInline,
  sentencesOf,
  sentencesOver,
  splitSentences,
} from './readability.ts';

const page = (body: string, keyPoints: string[] = []) =>
  `---\ntitle: "T"\nkeyPoints:\n${keyPoints.map((k) => `  - "${k}"`).join('\n')}\n---\n\n${body}\n`;

describe('sentence length', () => {
  it('counts Vietnamese syllables as the space-separated words', () => {
    expect(countUnits('Bạn có quyền được giúp đỡ.')).toBe(6);
    expect(countUnits('Gọi – ngay bây giờ!')).toBe(4); // a dash is not a syllable
  });

  it('reads a hotline as one unit and keeps a link’s words, not its address', () => {
    expect(
      plainInline('Gọi <Hotline id="vn-111" /> hoặc đọc [Quyền lợi](/so-tay/quyen-loi/).'),
    ).toBe('Gọi 0 hoặc đọc Quyền lợi.');
    expect(plainInline('Đây là <Term id="tro-giup-phap-ly">trợ giúp pháp lý</Term>.')).toBe(
      'Đây là trợ giúp pháp lý.',
    );
  });

  it('splits after . ! ? … and closing quotes, not inside numbers or law codes', () => {
    expect(
      splitSentences('Hãy hỏi: “Tôi làm gì?” Rồi chờ. Luật 53/2024/QH15 có hiệu lực.'),
    ).toEqual(['Hãy hỏi: “Tôi làm gì?”', 'Rồi chờ.', 'Luật 53/2024/QH15 có hiệu lực.']);
  });

  it('leaves headings out, and counts key points and each list item as sentences', () => {
    const mdx = page(
      '## Một tiêu đề rất dài không tính\n\nCâu một. Câu hai\ntiếp dòng.\n\n- mục một\n- mục hai\n\n<Steps>\n1. Bước một.\n</Steps>',
      ['Điểm chính.'],
    );
    expect(sentencesOf(mdx)).toEqual([
      'Điểm chính.',
      'Câu một.',
      'Câu hai tiếp dòng.',
      'mục một',
      'mục hai',
      'Bước một.',
    ]);
  });

  it('gives the median and the longest sentence', () => {
    const r = measure(page('Một hai. Một hai ba bốn năm. Một.'));
    expect(r.median).toBe(2);
    expect(r.longest).toBe(5);
    expect(r.longestSentence).toBe('Một hai ba bốn năm.');
    expect(sentencesOver(page('Một hai. Một hai ba bốn năm.'), 3)).toEqual([
      { length: 5, sentence: 'Một hai ba bốn năm.' },
    ]);
  });
});

describe('glossary coverage', () => {
  const terms = [
    { id: 'xac-dinh', forms: ['xác định'] },
    { id: 'cu-tru', forms: ['cư trú'] },
    { id: 'to-tung', forms: ['tố tụng'] },
  ];

  it('counts a word as explained only when its first appearance is wrapped', () => {
    const mdx = page(
      '## Xác định (heading, not counted)\n\nBước <Term id="xac-dinh">xác định</Term> rồi xác định lại. Đăng ký cư trú. Sau đó <Term id="cu-tru">cư trú</Term>.',
    );
    expect(glossaryCoverage(mdx, terms)).toEqual({
      used: ['xac-dinh', 'cu-tru'],
      wrapped: ['xac-dinh'],
    });
  });

  it('matches whole words only, in any case', () => {
    expect(glossaryCoverage(page('Xác định sớm.'), terms).used).toEqual(['xac-dinh']);
    expect(glossaryCoverage(page('cư trúng tuyển'), terms).used).toEqual([]);
  });
});
