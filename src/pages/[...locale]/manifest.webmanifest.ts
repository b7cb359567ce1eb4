// A web app manifest per language. The name and icon are neutral: an
// installed icon on a shared phone must not say what the site is about.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { useStrings } from '../../i18n/ui/index.ts';
import { localizePath } from '../../lib/paths.ts';
import { perLocale } from '../../lib/routes.ts';

export const getStaticPaths = perLocale satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useStrings(locale);
  const start = localizePath(locale, '/');
  return new Response(
    JSON.stringify({
      name: t.siteName,
      short_name: t.siteName,
      lang: locales[locale].lang,
      dir: locales[locale].dir,
      start_url: start,
      scope: start === '/' ? '/' : start,
      id: start,
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d5c63',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
