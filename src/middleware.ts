// Runs for every page as the static build renders it (nothing runs on a
// server): adds each in-site link's full address for print (src/lib/print-links.ts).
import { defineMiddleware } from 'astro:middleware';
import { addPrintAddresses } from './lib/print-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
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
