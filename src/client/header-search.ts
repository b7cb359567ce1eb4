import { handOverQuery } from './search-handover.ts';

/**
 * The menu's search box hands its words to the search page through the tab's
 * storage, so they never appear in the address (and so in the history).
 */
export function startHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
  form?.addEventListener('submit', (event) => {
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    try {
      handOverQuery(input.value);
    } catch {
      return; // Storage blocked: the plain form still searches, through the address.
    }
    event.preventDefault();
    input.value = '';
    location.assign(form.action);
  });
}
