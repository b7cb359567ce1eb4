import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

describe('qrSvg', () => {
  it('makes an accessible inline SVG', async () => {
    const svg = await qrSvg('https://example.org/so-tay/', 'Quét "mã" này');
    expect(svg).toMatch(/^<svg role="img" aria-label="Quét &quot;mã&quot; này" /);
    expect(svg).toContain('<path');
  });
});
