/**
 * QR code as a small SVG for pdfmake's `svg` node. The SVG is built here from
 * the module matrix rather than taken from qrcode's own SVG writer: filled
 * rectangles print crisper than its half-pixel strokes, and the output
 * depends only on the matrix, which keeps the PDF bytes stable (the bytes
 * are what the bailiff signs).
 */
import { create } from 'qrcode';

/** Light modules around the symbol that scanners need (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

export function qrSvg(text: string): string {
  // Level M survives a fold or a smudge on a printed copy and keeps a
  // typical verification URL in a small symbol.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + 2 * QR_QUIET_ZONE;
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.data[row * size + col]) {
        col++;
        continue;
      }
      // One rectangle per horizontal run of dark modules.
      const start = col;
      while (col < size && modules.data[row * size + col]) col++;
      path += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${total}" height="${total}">`
    + `<rect width="${total}" height="${total}" fill="#ffffff"/><path fill="#000000" d="${path}"/></svg>`;
}
