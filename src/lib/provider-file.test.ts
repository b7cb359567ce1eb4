import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerSchema } from '../schemas/provider.ts';
import { readFrontmatter } from './frontmatter.ts';
import { mergeProviderFile } from './provider-file.ts';

const files = readdirSync('content/providers').filter((f) => f.endsWith('.mdx'));
const read = (file: string) => {
  const text = readFileSync(`content/providers/${file}`, 'utf8');
  const { data, body } = readFrontmatter(text);
  return { text, data: providerSchema.parse(data), body };
};

describe('merging imported data into a provider file', () => {
  it.each(files)('%s: one changed field changes only its own line', (file) => {
    const { text, data, body } = read(file);
    expect(mergeProviderFile(text, data, body)).toEqual({ text, changes: [] });
    const changed = mergeProviderFile(
      text,
      { ...data, cost: data.cost === 'free' ? 'charged' : 'free' },
      body,
    );
    const diff = (a: string, b: string) => {
      const [x, y] = [a.split('\n'), b.split('\n')];
      return x.filter((line, i) => line !== y[i]);
    };
    expect(changed.changes.map((c) => c.field)).toEqual(['cost']);
    expect(diff(changed.text, text)).toEqual([expect.stringMatching(/^cost: (free|charged)$/)]);
  });
});
