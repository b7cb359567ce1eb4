// Quick exit: blank the page at once, forget the pages read, then replace
// this history entry with the neutral site, so Back does not land on this
// page. Without JavaScript the control is still a plain link to that site.
import { createShiftTapDetector, EXITED_KEY } from '../lib/quick-exit.ts';
import { FORGET_VISITS, VISITED_CACHE } from '../lib/offline-paths.ts';
import { isExpired, SEARCH_RETURN_KEY } from '../lib/search-return.ts';

function forgetVisits(): void {
  // The worker outlives this page, so it finishes the deletion even as the
  // page goes; deleting here too covers a page the worker does not control.
  navigator.serviceWorker?.controller?.postMessage({ type: FORGET_VISITS });
  if ('caches' in window) void caches.delete(VISITED_CACHE);
}

function leave(url: string): void {
  document.documentElement.style.display = 'none';
  document.title = '';
  try {
    // If the reader comes Back to any page of ours in this tab, leave again.
    sessionStorage.setItem(EXITED_KEY, JSON.stringify({ url, at: Date.now() }));
    sessionStorage.removeItem(SEARCH_RETURN_KEY);
  } catch {
    // Storage may be blocked (private mode); leaving still works.
  }
  forgetVisits();
  location.replace(url);
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.matches('input:not([type=button],[type=submit]), textarea'));

/** Wires the quick-exit link, its Shift taps and the back-forward guard; drops an expired kept search. */
export function startQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (link) {
    const url = link.href;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave(url);
    });
    const taps = createShiftTapDetector();
    let composing = false;
    const read = (event: KeyboardEvent) => ({
      key: event.key,
      repeat: event.repeat,
      isComposing: event.isComposing || composing,
      inTextField: isTextField(event.target),
      timeStamp: event.timeStamp,
    });
    document.addEventListener('keydown', (event) => taps.keydown(read(event)), true);
    document.addEventListener(
      'keyup',
      (event) => {
        if (taps.keyup(read(event))) leave(url);
      },
      true,
    );
    for (const type of ['compositionstart', 'compositionend'] as const) {
      document.addEventListener(
        type,
        () => {
          composing = type === 'compositionstart';
          taps.reset();
        },
        true,
      );
    }
    // A page restored from the back-forward cache after an exit leaves again.
    window.addEventListener('pageshow', (event: PageTransitionEvent) => {
      if (event.persisted && sessionStorage.getItem(EXITED_KEY)) leave(url);
    });
  }

  // A search kept for the trip Back from a result (src/lib/search-return.ts)
  // goes on the first page opened after its window, wherever the reader went.
  try {
    if (isExpired(sessionStorage.getItem(SEARCH_RETURN_KEY), Date.now())) {
      sessionStorage.removeItem(SEARCH_RETURN_KEY);
    }
  } catch {
    // Storage blocked: nothing was kept.
  }
}
