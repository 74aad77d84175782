import { u16be } from './bytes';

// JPEG (ITU T.81 / JFIF): SOI `FF D8`, then marker segments, each with its
// length; a frame header (SOFn) and at least one scan (SOS) whose entropy-
// coded data runs until the next marker; and EOI `FF D9`. A progressive JPEG
// has several scans with tables between them. A file cut short never reaches
// EOI, so it cannot be read. Bytes after EOI (some cameras append data) are
// tolerated.

export const JPEG_MAGIC = [0xff, 0xd8, 0xff] as const;

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const EOI = 0xd9;
const SOS = 0xda;
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

export function jpegIsReadable(bytes: Uint8Array): boolean {
  let at = 2;
  let frame = false;
  let scans = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return false;
    while (bytes[at] === 0xff) at++; // fill bytes
    const marker = bytes[at];
    if (marker === undefined) return false;
    at++;
    if (marker === EOI) return frame && scans > 0;
    if (isStandalone(marker)) continue;
    const length = u16be(bytes, at);
    if (length < 2 || at + length > bytes.length) return false;
    if (SOF_MARKERS.has(marker)) {
      // Precision, height, width, components: a picture has a width and at least one component.
      if (length < 8 || u16be(bytes, at + 5) === 0 || bytes[at + 7] === 0) return false;
      frame = true;
    }
    at += length;
    if (marker === SOS) {
      if (!frame) return false;
      scans++;
      // Entropy-coded data: FF 00 is a data byte, FF D0–D7 a restart; any other FF xx is the next marker.
      for (;;) {
        if (at + 1 >= bytes.length) return false;
        if (bytes[at] === 0xff) {
          const next = bytes[at + 1] ?? 0;
          if (next !== 0x00 && next !== 0xff && !isStandalone(next)) break;
          if (next === 0xff) {
            at++;
            continue;
          }
          at += 2;
          continue;
        }
        at++;
      }
    }
  }
  return false;
}
