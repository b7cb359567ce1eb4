import { describe, expect, it } from 'vitest';
import { groupByLetter } from './alphabet.ts';

describe('groupByLetter', () => {
  it('groups Vietnamese titles under base letters, keeping Đ apart', () => {
    const groups = groupByLetter(
      [{ title: 'Đi xa an toàn' }, { title: 'Ảnh' }, { title: 'An toàn' }, { title: 'Dịch vụ' }],
      'vi',
    );
    expect(groups.map((g) => [g.letter, g.items.map((i) => i.title)])).toEqual([
      ['A', ['An toàn', 'Ảnh']],
      ['D', ['Dịch vụ']],
      ['Đ', ['Đi xa an toàn']],
    ]);
  });
});
