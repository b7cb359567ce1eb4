import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

describe('qrSvg', () => {
  it('makes an inline SVG with no label of its own (its wrapper has one)', async () => {
    const svg = await qrSvg('https://example.org/so-tay/');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('<path');
    expect(svg).not.toContain('aria-label');
  });
});
