import type { CanvasPolyline } from 'pdfmake/interfaces';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCanvas } from './qr-canvas';
import { QR_QUIET_ZONE } from './qr-svg';

/** Winding number of a closed polygon around a point (Sunday's algorithm): what the nonzero fill rule paints. */
function winding(points: readonly { x: number; y: number }[], x: number, y: number): number {
  let wn = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const side = (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y);
    if (a.y <= y && b.y > y && side > 0) wn += 1;
    else if (a.y > y && b.y <= y && side < 0) wn -= 1;
  }
  return wn;
}

describe('qrCanvas', () => {
  it('SIG-1: one polygon paints exactly the dark modules of the symbol (nonzero rule), inside a quiet zone, the same way every time', () => {
    const url = 'https://oryndau.example/verify/6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a';
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const size = 90;
    const canvas = qrCanvas(url, size);
    expect(canvas[0]).toMatchObject({ type: 'rect', x: 0, y: 0, w: size, h: size, color: '#ffffff' });
    const polygon = canvas[1] as CanvasPolyline;
    expect(polygon).toMatchObject({ type: 'polyline', closePath: true, color: '#000000' });
    expect(canvas).toHaveLength(2);
    const total = modules.size + 2 * QR_QUIET_ZONE;
    const unit = size / total;
    // A point inside each module, off the grid lines and the connectors' diagonals.
    for (let row = -QR_QUIET_ZONE; row < modules.size + QR_QUIET_ZONE; row++) {
      for (let column = -QR_QUIET_ZONE; column < modules.size + QR_QUIET_ZONE; column++) {
        const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
        const dark = inside && modules.data[row * modules.size + column] ? 1 : 0;
        const x = (column + QR_QUIET_ZONE + 0.5 + 0.0137) * unit;
        const y = (row + QR_QUIET_ZONE + 0.5 + 0.0291) * unit;
        expect(winding(polygon.points, x, y) !== 0 ? 1 : 0, `module ${row},${column}`).toBe(dark);
      }
    }
    expect(qrCanvas(url, size)).toEqual(canvas);
    expect(qrCanvas(`${url}x`, size)).not.toEqual(canvas);
  });
});
