import QRCode from 'qrcode';

/**
 * A QR code for a web address, as inline SVG built at build time (no image
 * files, no requests). The element it is placed in names it for screen
 * readers: `<div role="img" aria-label={…} set:html={svg} />`, so Astro
 * escapes the label.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
