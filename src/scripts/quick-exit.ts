// Quick exit: blank the page at once, then replace this history entry with
// the neutral site, so Back does not land on this page. Without JavaScript
// the control is still a plain link to the neutral site.
import { createShiftCounter } from '../lib/quick-exit.ts';

const EXITED = 've-nha-exited';

function leave(url: string): void {
  document.documentElement.style.display = 'none';
  document.title = '';
  try {
    // If the reader comes Back to any page of ours in this tab, leave again.
    sessionStorage.setItem(EXITED, JSON.stringify({ url, at: Date.now() }));
  } catch {
    // Storage may be blocked (private mode); leaving still works.
  }
  location.replace(url);
}

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
if (link) {
  const url = link.href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(url);
  });
  const onKey = createShiftCounter();
  document.addEventListener('keydown', (event) => {
    if (onKey(event.key, event.timeStamp)) leave(url);
  });
  // A page restored from the back-forward cache after an exit leaves again.
  window.addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (event.persisted && sessionStorage.getItem(EXITED)) leave(url);
  });
}
