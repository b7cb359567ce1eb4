import { fillTemplate } from '../lib/template.ts';

/**
 * Says, while the phone is offline, that the page is the saved copy and from
 * when. The date is worded only once the phone is offline: the first date
 * format loads the language's calendar data, a long task (150 ms on a slow
 * phone) that an online reader should not wait behind.
 */
export function startOfflineBanner(): void {
  const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
  if (!banner) return;
  let worded = false;
  const update = () => {
    banner.hidden = navigator.onLine;
    if (banner.hidden || worded) return;
    worded = true;
    const date = new Intl.DateTimeFormat(document.documentElement.lang, {
      dateStyle: 'long',
    }).format(new Date(banner.dataset.built!));
    banner.textContent = fillTemplate(banner.dataset.offlineBanner!, { date });
  };
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}
