/**
 * The verification QR code as a pdfmake canvas: a white square and one
 * filled polygon covering every dark module. The matrix comes from qrcode
 * (level M, as qr-svg.ts); the output depends only on it, so the PDF bytes
 * stay stable (the bytes are what is signed).
 *
 * Drawn as a canvas rather than an SVG because pdfmake's SVG path goes
 * through svg-to-pdfkit, which parses the markup and every path command:
 * about a third of the CPU of a one-page resolution went into its QR code.
 * One polygon rather than a rectangle per run of modules because each
 * canvas shape is filled on its own, and viewers smooth the edge of every
 * fill: abutting rectangles show hairlines between the rows. The polygon
 * visits each run's rectangle (all drawn the same way round) and steps to
 * the next run along a connector that the path later walks back, so the
 * connectors enclose no area and paint nothing under the nonzero rule.
 */
import type { CanvasElement } from 'pdfmake/interfaces';
import { create } from 'qrcode';
import { QR_QUIET_ZONE } from './qr-svg';

type Point = { x: number; y: number };

export function qrCanvas(text: string, size: number): CanvasElement[] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const unit = size / (count + 2 * QR_QUIET_ZONE);
  // Every coordinate is a whole number of modules times `unit`, so edges shared by two runs get the very same numbers.
  const at = (column: number, row: number): Point => ({ x: (column + QR_QUIET_ZONE) * unit, y: (row + QR_QUIET_ZONE) * unit });
  const points: Point[] = [];
  const starts: Point[] = [];
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!modules.data[row * count + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < count && modules.data[row * count + column]) column++;
      // Clockwise on the page: top left, top right, bottom right, bottom left, back to top left.
      const topLeft = at(start, row);
      starts.push(topLeft);
      points.push(topLeft, at(column, row), at(column, row + 1), at(start, row + 1), at(start, row));
    }
  }
  // Back along the connectors to the first run's corner.
  for (let i = starts.length - 2; i >= 0; i--) points.push({ ...starts[i]! });
  return [
    { type: 'rect', x: 0, y: 0, w: size, h: size, color: '#ffffff' },
    ...(points.length > 0 ? [{ type: 'polyline' as const, points, closePath: true, color: '#000000' }] : []),
  ];
}
