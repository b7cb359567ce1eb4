import { describe, expect, it } from 'vitest';
import { chosenFiles, type OfflineBundle } from './offline-bundle.ts';

const bundle: OfflineBundle = {
  locale: 'vi',
  builtAt: '',
  bytes: 10,
  files: [{ url: '/', bytes: 10 }],
  provinces: {
    'an-giang': { bytes: 5, files: [{ url: '/dich-vu/an-giang/', bytes: 5 }] },
    hue: { bytes: 7, files: [{ url: '/dich-vu/hue/', bytes: 7 }] },
  },
};

describe('chosenFiles', () => {
  it('adds the chosen province, all of them, or none', () => {
    expect(chosenFiles(bundle, 'hue').map((f) => f.url)).toEqual(['/', '/dich-vu/hue/']);
    expect(chosenFiles(bundle, '*')).toHaveLength(3);
    expect(chosenFiles(bundle, '')).toHaveLength(1);
  });
});
