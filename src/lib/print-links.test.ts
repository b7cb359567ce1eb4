import { describe, expect, it } from 'vitest';
import { addPrintAddresses } from './print-links.ts';

const site = 'https://example.org';

describe('addPrintAddresses', () => {
  it('gives every in-site link inside <main> its full address', () => {
    const html =
      '<header><a href="/">Home</a></header><main id="main"><p><a href="/so-tay/giay-to/">Giấy tờ</a> · <a class="x" href="/en/dich-vu/?a=1&amp;b=2">Help</a></p></main>';
    const out = addPrintAddresses(html, site);
    expect(out).toContain(
      '<a href="/so-tay/giay-to/" data-print-href="https://example.org/so-tay/giay-to/">',
    );
    expect(out).toContain(
      '<a class="x" href="/en/dich-vu/?a=1&amp;b=2" data-print-href="https://example.org/en/dich-vu/?a=1&amp;b=2">',
    );
    expect(out).toContain('<header><a href="/">Home</a></header>'); // outside <main>: untouched
  });

  it('leaves phone, outside, protocol-relative and in-page links alone', () => {
    const main =
      '<main><a href="tel:111">111</a><a href="https://gov.vn/">gov</a><a href="//cdn.example/">x</a><a href="#top">top</a></main>';
    expect(addPrintAddresses(main, site)).toBe(main);
  });

  it('does not add the address twice and leaves a page without <main> as it is', () => {
    const once = addPrintAddresses('<main><a href="/a/">a</a></main>', site);
    expect(addPrintAddresses(once, site)).toBe(once);
    expect(addPrintAddresses('<p><a href="/a/">a</a></p>', site)).toBe(
      '<p><a href="/a/">a</a></p>',
    );
  });
});
