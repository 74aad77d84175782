import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrSvg } from './qr-svg';

describe('qrSvg', () => {
  it('SIG-1: draws every dark module of the symbol, inside a quiet zone, the same way every time', () => {
    const url = 'https://oryndau.example/verify/6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a';
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const svg = qrSvg(url);
    const total = modules.size + 2 * QR_QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${total} ${total}"`);
    // Sum of run lengths equals the number of dark modules.
    const drawn = [...svg.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).toBe(modules.data.reduce((sum, bit) => sum + (bit ? 1 : 0), 0));
    expect(qrSvg(url)).toBe(svg);
    expect(qrSvg(`${url}x`)).not.toBe(svg);
  });
});
