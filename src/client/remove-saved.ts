import { removeEverythingSaved } from './saved-store.ts';

/** The safety page's "remove everything saved" button: shown only where the phone can save. */
export function startRemoveSaved(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-remove-saved]')) {
    if (!('caches' in window)) continue;
    const status = root.querySelector<HTMLElement>('[role=status]')!;
    const { removed } = JSON.parse(status.dataset.messages!) as { removed: string };
    root.hidden = false;
    root.querySelector('button')!.addEventListener('click', () => {
      void removeEverythingSaved().then(() => {
        status.textContent = removed;
        document.querySelector('[data-saved-pages]')?.setAttribute('hidden', '');
      });
    });
  }
}
