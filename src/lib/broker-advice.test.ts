// Content test: no page, in any language, sends a reader to the broker, the
// recruitment company or her husband's family for an embassy or consulate
// number (review content-migration-hotlines-directory.md, item 1).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokerNumberAdvice, type AdviceLanguage } from './broker-advice.ts';

const languages: AdviceLanguage[] = ['vi', 'en', 'ko', 'zh'];
const collections = ['content/migration', 'content/course', 'content/pages', 'content/handbook'];

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOf(join(dir, entry.name))
      : entry.name.endsWith('.mdx')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('findBrokerNumberAdvice', () => {
  it('flags advice to get a mission number from the broker or company, in each language', () => {
    expect(
      findBrokerNumberAdvice(
        '- Đại sứ quán Việt Nam ở nước đó. Nếu trang này chưa có số, hãy hỏi công ty hay người môi giới trước khi đi.',
        'vi',
      ),
    ).toHaveLength(1);
    expect(
      findBrokerNumberAdvice(
        '4. Hỏi công ty số điện thoại của Đại sứ quán Việt Nam ở nước bạn đến.',
        'vi',
      ),
    ).toHaveLength(1);
    expect(
      findBrokerNumberAdvice(
        '2. Before you leave, ask the company or broker for the phone number of the embassy.',
        'en',
      ),
    ).toHaveLength(1);
    expect(findBrokerNumberAdvice('대사관 전화번호는 중개업체에 물어보세요.', 'ko')).toHaveLength(
      1,
    );
    expect(findBrokerNumberAdvice('出发前向中介要越南大使馆的电话号码。', 'zh')).toHaveLength(1);
  });

  it('lets warnings and unrelated lines through', () => {
    expect(
      findBrokerNumberAdvice(
        'Đừng ghi số Đại sứ quán do người môi giới, công ty hay nhà chồng đưa.',
        'vi',
      ),
    ).toEqual([]);
    expect(
      findBrokerNumberAdvice('Never take an embassy number from a broker or a company.', 'en'),
    ).toEqual([]);
    expect(findBrokerNumberAdvice('중개업체가 준 대사관 번호는 믿지 마세요.', 'ko')).toEqual([]);
    expect(findBrokerNumberAdvice('不要使用中介给你的大使馆电话号码。', 'zh')).toEqual([]);
    expect(
      findBrokerNumberAdvice('3. Tên và số điện thoại của công ty hay người môi giới.', 'vi'),
    ).toEqual([]);
  });
});

describe('content', () => {
  it('never tells a reader to get a mission number from a broker, company or in-laws', () => {
    const offenders: string[] = [];
    for (const collection of collections) {
      for (const language of languages) {
        let files: string[];
        try {
          files = filesOf(join(collection, language));
        } catch {
          continue; // this collection has no such language yet
        }
        for (const file of files) {
          for (const line of findBrokerNumberAdvice(readFileSync(file, 'utf8'), language)) {
            offenders.push(`${file}: ${line}`);
          }
        }
      }
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});
