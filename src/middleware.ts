// Runs for every page as the static build renders it (nothing runs on a
// server). Before rendering it sets the locale, its strings and the page's
// path in Astro.locals (src/env.d.ts), the way Starlight does, so no component
// takes a locale prop or reads the URL. After rendering it adds each in-site
// link's full address for print (src/lib/print-links.ts).
import { defineMiddleware } from 'astro:middleware';
import { localeContext } from './i18n/context.ts';
import { addPrintAddresses } from './lib/print-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  Object.assign(context.locals, localeContext(context.url.pathname));
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('text/html') || !context.site) return response;
  const html = addPrintAddresses(await response.text(), context.site);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
