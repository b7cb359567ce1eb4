import { fillTemplate } from '../lib/template.ts';

/** Says, while the phone is offline, that the page is the saved copy and from when. */
export function startOfflineBanner(): void {
  const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
  if (!banner) return;
  const update = () => {
    const date = new Intl.DateTimeFormat(document.documentElement.lang, {
      dateStyle: 'long',
    }).format(new Date(banner.dataset.built!));
    banner.textContent = fillTemplate(banner.dataset.offlineBanner!, { date });
    banner.hidden = navigator.onLine;
  };
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}
