import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { phoneView, type PhoneView } from '../lib/views.ts';
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

/** The main number: 111, the free national line for protecting children and reporting trafficking. */
export async function mainHotline(): Promise<HotlineEntry> {
  return hotline('vn-111', 'the main number (mainHotline)');
}

/** A hotline's number ready to show and call in a locale. */
export function hotlinePhone(entry: HotlineEntry, locale: Locale): PhoneView {
  return phoneView(entry.data, locale);
}
