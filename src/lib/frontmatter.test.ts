import { describe, expect, it } from 'vitest';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';

describe('readFrontmatter', () => {
  it('reads the data, the YAML text and the body', () => {
    const file = readFrontmatter('---\ntitle: Về nhà\norder: 2\n---\n\nXin chào.\n');
    expect(file.data).toEqual({ title: 'Về nhà', order: 2 });
    expect(file.yaml).toBe('title: Về nhà\norder: 2');
    expect(file.body).toBe('\nXin chào.\n');
    expect(file.found).toBe(true);
  });

  it('reads a file saved with Windows line ends (CRLF) the same way', () => {
    const lf = readFrontmatter('---\ntitle: A\nverified: 2025-01-02\n---\n\nText.\n');
    const crlf = readFrontmatter('---\r\ntitle: A\r\nverified: 2025-01-02\r\n---\r\n\r\nText.\r\n');
    expect(crlf.data).toEqual(lf.data);
    expect(crlf.data).toEqual({ title: 'A', verified: '2025-01-02' });
    expect(crlf.body.trim()).toBe('Text.');
  });

  it('ignores a byte order mark and spaces after the dashes', () => {
    expect(readFrontmatter('\uFEFF---  \nid: x\n--- \nBody').data).toEqual({ id: 'x' });
    expect(readFrontmatter('\uFEFF---  \nid: x\n--- \nBody').body).toBe('Body');
  });

  it('gives an empty object for no front matter or an empty one', () => {
    expect(readFrontmatter('Just text.\n')).toEqual({
      data: {},
      yaml: '',
      body: 'Just text.\n',
      found: false,
    });
    expect(readFrontmatter('---\n---\nBody').data).toEqual({});
    expect(readFrontmatter('---\n---\nBody').body).toBe('Body');
    expect(readFrontmatter('---\n# only a comment\n---\n').data).toEqual({});
  });

  it('stops at the first closing line, so a rule (---) in the body stays in the body', () => {
    const file = readFrontmatter('---\na: 1\n---\nOne\n\n---\n\nTwo\n');
    expect(file.data).toEqual({ a: 1 });
    expect(file.body).toBe('One\n\n---\n\nTwo\n');
  });

  it('does not take dashes inside a line, or a rule after text, for the front matter', () => {
    expect(readFrontmatter('---\na: x---y\n---\nB').data).toEqual({ a: 'x---y' });
    expect(splitFrontmatter('Text\n---\nmore').found).toBe(false);
    expect(splitFrontmatter('----\na: 1\n----\n').found).toBe(false);
  });

  it('throws the YAML error, with its line, for broken front matter', () => {
    expect(() => readFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow(/line/i);
  });
});
