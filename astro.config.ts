import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { filterCss } from './src/lib/provider-groups.ts';
import { inlineGuard } from './src/lib/quick-exit.ts';
import { routes } from './src/lib/routes.ts';
import { unsafeMdx } from './scripts/check-content.ts';

// MDX can run code during the build (`export const x = …`, `{…}`). The content
// check refuses that before `npm run build`; this does the same for `astro dev`
// and a bare `astro build`, before any content file is compiled.
const mdxAllowList: AstroIntegration = {
  name: 've-nha:mdx-allow-list',
  hooks: {
    'astro:config:setup': () => {
      const problems = unsafeMdx();
      if (problems.length > 0) throw new Error(`Unsafe MDX in content/:\n${problems.join('\n')}`);
    },
  },
};

// The province page's service filter is CSS only (it works without
// JavaScript); its rules are generated from the service types, and served as
// a stylesheet module so Astro bundles them like any other CSS (no inline
// style for the CSP to allow).
// The public address the site is served from. Set SITE_URL when building for
// a real host so canonical links and the sitemap point at it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// On paper a link cannot be tapped, so print CSS writes its address after it,
// and a bare path means nothing there: the site's origin goes in one custom
// property that print CSS puts before each in-site path. (It used to be a
// data attribute on every link: about 60 KB of the Vietnamese offline bundle.)
const siteOriginId = 'virtual:ve-nha/site-origin.css';
const siteOriginCss: Plugin = {
  name: 've-nha:site-origin-css',
  resolveId: (id) => (id === siteOriginId ? `\0${siteOriginId}` : undefined),
  load: (id) =>
    id === `\0${siteOriginId}`
      ? `:root { --site-origin: ${JSON.stringify(new URL(site).origin)}; }\n`
      : undefined,
};

const serviceFilterId = 'virtual:ve-nha/service-filter.css';
const serviceFilterCss: Plugin = {
  name: 've-nha:service-filter-css',
  resolveId: (id) => (id === serviceFilterId ? `\0${serviceFilterId}` : undefined),
  load: (id) => (id === `\0${serviceFilterId}` ? filterCss() : undefined),
};

// The sitemap pairs each page's languages by their BCP 47 tags, from the registry.
const sitemapLocales = Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang]));
// Pages for the service worker and for errors, not for search engines.
const unlisted = [routes.offline, routes.notFound];

// The quick-exit guard is an inline script Astro does not process: hash it
// here so the page's policy allows it (and nothing else inline).
const exitGuard = inlineGuard(
  readFileSync(new URL('./src/client/exit-guard.inline.js', import.meta.url), 'utf8'),
);
const exitGuardHash: `sha256-${string}` = `sha256-${createHash('sha256').update(exitGuard).digest('base64')}`;

export default defineConfig({
  site,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  // One shared stylesheet rather than inline styles: inlining saved little on
  // a slow link (Lighthouse slow profile 83 → 87 on a chapter) but repeated
  // ~6 KB in every page, doubling what "Save for offline" downloads.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // 'jsx' compression glues words to inline tags ("Gọiđường dây nóng");
  // upstream kept that default (withastro/astro#17310).
  compressHTML: true,
  // Nothing about a visit may leave the phone: no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
  // And one stylesheet for the whole site (vite.build.cssCodeSplit: false), not
  // one per component: a page used to wait for 3–8 render-blocking files. The
  // one file is about 28 KB (under 8 KB compressed); after the first page it
  // comes from the cache, and "Save for offline" stores it once.
  // Every script as its own file (assetsInlineLimit: 0), none inlined into
  // pages: an inlined one is repeated in every saved page and needs its hash
  // in every page's CSP, where a file is saved and cached once.
  vite: {
    plugins: [serviceFilterCss, siteOriginCss],
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
  },
  // A per-page Content-Security-Policy with hashes of every inline script and
  // style. Pagefind compiles WebAssembly and runs a worker, so search needs
  // 'wasm-unsafe-eval' and worker-src 'self'. Nothing may load from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "frame-src 'none'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [exitGuardHash],
      },
    },
  },
  integrations: [
    mdxAllowList,
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: sitemapLocales },
      filter: (page) => !unlisted.some((path) => new URL(page).pathname.endsWith(path)),
    }),
  ],
});
