import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { groupHotlines, walletLines } from './hotlines.ts';

const line = (id: string, order: number) => ({
  id,
  data: { country: 'CN', status: 'current', order },
});

describe('walletLines', () => {
  it('keeps every mission and at least police, ambulance and fire', () => {
    const lines = [
      line('cn-110', 1),
      line('cn-120', 2),
      line('cn-119', 3),
      line('cn-122', 4),
      line('cn-embassy-beijing', 20),
      line('cn-cg-guangzhou', 21),
      line('cn-cg-nanning', 22),
      line('cn-cg-kunming', 23),
    ];
    expect(walletLines(lines).map((l) => l.id)).toEqual([
      'cn-110',
      'cn-120',
      'cn-119',
      'cn-embassy-beijing',
      'cn-cg-guangzhou',
      'cn-cg-nanning',
      'cn-cg-kunming',
    ]);
  });

  it('gives the real China card Nanning and Kunming (the border consulates)', () => {
    const entries = readdirSync('content/hotlines')
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => {
        const data = parse(readFileSync(`content/hotlines/${name}`, 'utf8')) as {
          country: string;
          status: string;
          order?: number;
        };
        return {
          id: name.replace('.yaml', ''),
          data: { country: data.country, status: data.status, order: data.order ?? 100 },
        };
      });
    const china = groupHotlines(entries).find((g) => g.country === 'CN');
    const ids = walletLines(china?.lines ?? []).map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining(['cn-cg-nanning', 'cn-cg-kunming', 'cn-cg-shanghai', 'cn-110']),
    );
  });

  it('keeps a card at six lines when the missions fit', () => {
    const lines = ['kr-112', 'kr-119', 'kr-danuri', 'kr-1366', 'kr-1345', 'kr-embassy-vn'].map(
      (id, i) => line(id, i),
    );
    expect(walletLines(lines).map((l) => l.id)).toEqual(lines.map((l) => l.id));
  });
});
