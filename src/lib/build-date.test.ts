import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildDate, buildDateFrom, contentDateOf, newestEditorialDate } from './build-date.ts';

describe('buildDateFrom', () => {
  const clock = () => new Date('2026-11-30T01:00:00Z');
  const content = () => new Date('2026-11-20T00:00:00Z');

  it('takes SOURCE_DATE_EPOCH as seconds since 1970, UTC, before the content date', () => {
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '1767225600' }, content, clock).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '0' }, content, clock).getTime()).toBe(0);
  });

  it('takes the content date when SOURCE_DATE_EPOCH is unset or empty, never the clock', () => {
    expect(buildDateFrom({}, content, clock)).toEqual(content());
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '' }, content, clock)).toEqual(content());
  });

  it('reads the clock, and says so, only when no content is dated', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(buildDateFrom({}, () => undefined, clock)).toEqual(clock());
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SOURCE_DATE_EPOCH/));
    warn.mockRestore();
  });

  it('refuses a value that is not whole seconds, saying what to write', () => {
    for (const bad of ['2026-01-01', '1.5', '-1', ' 17 ', 'now']) {
      expect(() => buildDateFrom({ SOURCE_DATE_EPOCH: bad }, content, clock)).toThrow(
        /SOURCE_DATE_EPOCH .*whole seconds since 1970/,
      );
    }
  });

  it('is read once, as a valid date, from this project’s content', () => {
    expect(Number.isNaN(buildDate.getTime())).toBe(false);
    if (!process.env.SOURCE_DATE_EPOCH) expect(buildDate).toEqual(contentDateOf('content'));
  });
});

describe('newestEditorialDate', () => {
  it('takes the newest of the fields editors date, to the day, month or year', () => {
    expect(newestEditorialDate({ reviewed: '2026-03-02', verified: '2026-04' })).toEqual(
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(newestEditorialDate({ published: '2025', confirmed: new Date('2025-06-01') })).toEqual(
      new Date('2025-06-01T00:00:00Z'),
    );
  });

  it('ignores "unknown", other fields and files without dates', () => {
    expect(newestEditorialDate({ published: 'unknown', order: 3, date: '2030-01-01' })).toBe(
      undefined,
    );
    expect(newestEditorialDate(null)).toBe(undefined);
  });
});

describe('contentDateOf', () => {
  const dir = mkdtempSync(join(tmpdir(), 've-nha-date-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads front matter and YAML data files, wherever they are', () => {
    mkdirSync(join(dir, 'handbook/vi'), { recursive: true });
    mkdirSync(join(dir, 'hotlines'));
    writeFileSync(join(dir, 'handbook/vi/a.mdx'), '---\ntitle: A\nreviewed: 2026-05-01\n---\nText');
    writeFileSync(join(dir, 'hotlines/x.yaml'), "number: '111'\npublished: '2026-07'\n");
    writeFileSync(join(dir, 'notes.txt'), 'reviewed: 2030-01-01');
    expect(contentDateOf(dir)).toEqual(new Date('2026-07-01T00:00:00Z'));
  });

  it('is undefined for a folder that is missing or holds no dates', () => {
    expect(contentDateOf(join(dir, 'missing'))).toBe(undefined);
  });
});
