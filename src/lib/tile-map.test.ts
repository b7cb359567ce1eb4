import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tileLabel, tilePositions } from './tile-map.ts';

describe('tilePositions', () => {
  it('gives every province in content/provinces exactly one tile, none shared', () => {
    const provinces = readdirSync('content/provinces').map((f) => f.replace(/\.yaml$/, ''));
    expect(Object.keys(tilePositions).sort()).toEqual(provinces.sort());
    const tiles = Object.values(tilePositions).map(([c, r]) => `${c},${r}`);
    expect(new Set(tiles).size).toBe(tiles.length);
  });
});

describe('tileLabel', () => {
  it('splits a name over two short lines', () => {
    expect(tileLabel('Thái Nguyên')).toEqual(['Thái', 'Nguyên']);
    expect(tileLabel('TP Hồ Chí Minh')).toEqual(['TP', 'HCM']);
    expect(tileLabel('Huế')).toEqual(['Huế', '']);
    expect(tileLabel('Ho Chi Minh City')).toEqual(['Ho Chi', 'Minh']);
  });
});
