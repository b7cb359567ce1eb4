import { describe, expect, it } from 'vitest';
import { filesNoLongerNeeded, filesToFetch, savedRecord } from './saved.ts';

const files = [
  { url: '/so-tay/', bytes: 100, hash: 'aaa', title: 'Sổ tay "Khi tôi trở về"' },
  { url: '/_astro/a.css', bytes: 50 },
];

describe('savedRecord', () => {
  it('says what was saved, when, how large, and lists pages with their headings', () => {
    const record = savedRecord('vi', { id: '', label: 'Không tỉnh nào' }, files, new Date(0));
    expect(record).toEqual({
      locale: 'vi',
      savedAt: '1970-01-01T00:00:00.000Z',
      province: '',
      provinceLabel: '',
      bytes: 150,
      files: ['/so-tay/', '/_astro/a.css'],
      hashes: { '/so-tay/': 'aaa' },
      pages: [{ url: '/so-tay/', title: 'Sổ tay "Khi tôi trở về"' }],
    });
  });
  it('knows which files an update no longer needs', () => {
    const before = savedRecord('vi', { id: 'ha-noi', label: 'Hà Nội' }, files, new Date(0));
    const after = savedRecord('vi', { id: '', label: '' }, files.slice(1), new Date(1));
    expect(before.provinceLabel).toBe('Hà Nội');
    expect(filesNoLongerNeeded(before, after)).toEqual(['/so-tay/']);
  });
  describe('filesToFetch', () => {
    const before = savedRecord('vi', { id: '', label: '' }, files, new Date(0));
    it('fetches everything on a first save, or over a record made before hashes', () => {
      expect(filesToFetch(undefined, files)).toEqual(files);
      const { hashes: _, ...old } = before;
      expect(filesToFetch(old, files)).toEqual(files);
    });
    it('fetches only what is new or changed; a hashed name is the same file', () => {
      const now = [
        { url: '/so-tay/', bytes: 101, hash: 'bbb' },
        { url: '/_astro/a.css', bytes: 50 },
        { url: '/so-tay/moi/', bytes: 10, hash: 'ccc' },
      ];
      expect(filesToFetch(before, now).map((f) => f.url)).toEqual(['/so-tay/', '/so-tay/moi/']);
      expect(filesToFetch(before, files)).toEqual([]);
    });
  });
});
