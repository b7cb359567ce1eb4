import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provinceSchema } from '../schemas/province.ts';
import { fold } from './fold.ts';
import { findProvince } from './provinces.ts';

const provinces = readdirSync('content/provinces').map((name) => ({
  id: name.replace('.yaml', ''),
  data: provinceSchema.parse(parse(readFileSync(`content/provinces/${name}`, 'utf8'))),
}));

/** The ways a person might type a name: as written, without marks, with "Tỉnh" or "Thành phố" before it, with a hyphen for a dash. */
function typings(name: string): string[] {
  const ways = [name, fold(name), name.replace(/\s*–\s*/g, ' - ')];
  if (!/^(TP|Thành phố)\b/.test(name)) ways.push(`Tỉnh ${name}`, `Thành phố ${fold(name)}`);
  return ways;
}

// Every province and every name it has had, from content/provinces/.
describe('findProvince', () => {
  it('finds a province by its former names, typed any way', () => {
    const former = provinces.flatMap((p) => p.data.formerNames.map((name) => ({ p, name })));
    expect(former.length, 'former names in content/provinces/').toBeGreaterThan(0);
    const wrong = former.flatMap(({ p, name }) =>
      typings(name)
        .filter((typed) => findProvince(provinces, typed)?.id !== p.id)
        .map((typed) => `${typed} → ${findProvince(provinces, typed)?.id} (not ${p.id})`),
    );
    expect(wrong).toEqual([]);
  });
  it('finds current names in Vietnamese and English', () => {
    const wrong = provinces.flatMap((p) =>
      [p.data.name.vi, p.data.name.en]
        .flatMap(typings)
        .filter((typed) => findProvince(provinces, typed)?.id !== p.id)
        .map((typed) => `${typed} → ${findProvince(provinces, typed)?.id} (not ${p.id})`),
    );
    expect(wrong).toEqual([]);
  });
  it('finds nothing for a name that is not a province', () => {
    expect(findProvince(provinces, 'Bangkok')).toBeUndefined();
  });
});
