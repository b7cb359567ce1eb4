import { fillTemplate, formatBytes } from '../lib/template.ts';
import { formatSavedDate, readSavedRecord } from './saved-store.ts';

/** Lists, on the offline page, what this phone has saved, when, and how large. */
export async function startSavedPages(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-saved-pages]');
  const record = section && (await readSavedRecord(section.dataset.savedPages!));
  if (!section || !record) return;
  const lang = document.documentElement.lang;
  const when = section.querySelector<HTMLElement>('[data-saved-when]')!;
  when.textContent = fillTemplate(when.dataset.template!, {
    date: formatSavedDate(record.savedAt, lang),
    size: formatBytes(record.bytes, lang),
  });
  const pages = [...record.pages].sort((a, b) => a.title.localeCompare(b.title, lang));
  section.querySelector('[data-saved-list]')!.replaceChildren(
    ...pages.map(({ url, title }) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = url;
      a.textContent = title;
      li.append(a);
      return li;
    }),
  );
  section.hidden = false;
}
