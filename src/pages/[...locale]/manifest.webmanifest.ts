// A web app manifest per language. The name and icon are neutral: an
// installed icon on a shared phone must not say what the site is about.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales.ts';
import { routes } from '../../lib/routes.ts';
import { perLocale } from '../../lib/static-paths.ts';
import { backgroundColor, brandColor } from '../../lib/theme.ts';

export const getStaticPaths = perLocale satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
  const { locale, t, link } = locals;
  const start = link(routes.home);
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
      background_color: backgroundColor,
      theme_color: brandColor,
      icons: [
        { src: routes.icon192, sizes: '192x192', type: 'image/png' },
        { src: routes.icon512, sizes: '512x512', type: 'image/png' },
        { src: routes.icon512, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: routes.icon, sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
