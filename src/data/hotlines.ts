import { getCollection, getEntry } from 'astro:content';
import type { Hotline } from '../schemas/hotline.ts';

export type HotlineEntry = { id: string; data: Hotline };

/** A hotline by id; a missing id fails the build with the place to fix it. */
export async function hotline(id: string, usedIn: string): Promise<HotlineEntry> {
  const entry = await getEntry('hotlines', id);
  if (!entry) {
    const known = (await getCollection('hotlines')).map((h) => h.id).sort();
    throw new Error(
      `${usedIn}: no hotline with id "${id}". Use one of: ${known.join(', ')}, or add content/hotlines/${id}.yaml.`,
    );
  }
  if (entry.data.status !== 'current') {
    throw new Error(
      `${usedIn}: hotline "${id}" has status "${entry.data.status}" and must not be shown as a number to call.`,
    );
  }
  return entry;
}

export async function allHotlines(): Promise<HotlineEntry[]> {
  const entries = await getCollection('hotlines');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
