// Runs for every page as the static build renders it (nothing runs on a
// server). Before rendering it sets the locale, its strings and the page's
// path in Astro.locals (src/env.d.ts), the way Starlight does, so no component
// takes a locale prop or reads the URL.
import { defineMiddleware } from 'astro:middleware';
import { localeContext } from './i18n/context.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, localeContext(context.url.pathname));
  return next();
});
