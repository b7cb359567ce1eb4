// Before the build: list contact details not verified for over a year, so
// editors see them in every build log (the site lists them on /to-chuc/ too).
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { staleEntries, STALE_AFTER_DAYS } from '../src/lib/stale.ts';
import { isMain, step } from './lib/step.ts';

export function staleHotlineFiles(dir = 'content/hotlines', now = new Date()) {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parse(readFileSync(`${dir}/${name}`, 'utf8')) as { verified?: unknown };
      return { id: `${dir}/${name}`, data: { verified: new Date(String(data.verified)) } };
    });
  return { total: entries.length, stale: staleEntries(entries, now) };
}

if (isMain(import.meta.url)) {
  await step('content check', async () => {
    const result = staleHotlineFiles();
    for (const entry of result.stale) {
      console.warn(
        `  ! ${entry.id}: last verified ${entry.data.verified.toISOString().slice(0, 10)}, over ${STALE_AFTER_DAYS} days ago. Check it against its source and update "verified".`,
      );
    }
    return {
      result,
      summary: `${result.total} hotlines, ${result.stale.length} not verified for over ${STALE_AFTER_DAYS} days`,
    };
  });
}
