import { describe, expect, it } from 'vitest';
import { searchExtras, withSearchExtras } from './search-index.ts';

const page = (main: string) =>
  `<html><head><title>Trang</title></head><body><main data-pagefind-body>${main}</main></body></html>`;

describe('searchExtras', () => {
  it('adds đ-words folded and synonyms of the page’s own text', () => {
    const extras = searchExtras(page('<p>Gọi đường dây nóng hoặc công an.</p>'));
    expect(extras).toEqual(expect.arrayContaining(['duong', 'canh sat', 'cong an']));
  });
  it('ignores what Pagefind ignores', () => {
    expect(searchExtras(page('<p>x</p><section data-pagefind-ignore>Công an</section>'))).toEqual(
      [],
    );
  });
  it('puts the words in a metadata field for the indexer only', () => {
    expect(withSearchExtras(page('<p>đi</p>'))).toContain(
      '<span hidden data-pagefind-meta="fold:di"></span>',
    );
  });
});
