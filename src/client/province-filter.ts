import { fold } from '../lib/fold.ts';

/** Narrows the list of provinces as the reader types a name, old or new, with or without tones. */
export function startProvinceFilter(): void {
  const finder = document.querySelector<HTMLElement>('[data-province-finder]');
  const box = finder?.querySelector<HTMLElement>('[data-filter-box]');
  const input = box?.querySelector('input');
  if (!finder || !box || !input) return;
  box.hidden = false;
  input.addEventListener('input', () => {
    const wanted = fold(input.value).trim();
    finder.querySelectorAll<HTMLElement>('[data-region]').forEach((section) => {
      let shown = 0;
      section.querySelectorAll<HTMLElement>('li[data-names]').forEach((li) => {
        const match = !wanted || li.dataset.names!.includes(wanted);
        li.hidden = !match;
        if (match) shown += 1;
      });
      section.hidden = shown === 0;
    });
  });
}
