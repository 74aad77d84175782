import { latin1 } from './bytes';

// PDF (ISO 32000): the header `%PDF-1.x` / `%PDF-2.0`, and a tail that a
// reader can start from — `startxref`, the offset of the last cross-reference
// section, and `%%EOF`. The offset must point inside the file at either a
// classic `xref` table (followed by its `trailer`) or a cross-reference
// stream object (`n g obj << /Type /XRef …`). A file cut short loses its tail,
// so a truncated upload is `unreadable`, not silently accepted.

const HEADER = /^%PDF-[12]\.\d/;
/** Readers look for `%%EOF` in the last 1024 bytes (ISO 32000-1 §7.5.5, implementation note). */
const TAIL_WINDOW = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  return HEADER.test(latin1(bytes, 0, 8));
}

/** Whether the PDF's tail leads to a cross-reference section inside the file. */
export function pdfIsReadable(bytes: Uint8Array): boolean {
  const tail = latin1(bytes, bytes.length - TAIL_WINDOW, bytes.length);
  if (!/%%EOF\s*$/.test(tail)) return false;
  const pointer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (pointer === null) return false;
  const offset = Number(pointer[1]);
  const pointerAt = bytes.length - tail.length + pointer.index;
  if (!Number.isSafeInteger(offset) || offset < 8 || offset >= pointerAt) return false;
  const section = latin1(bytes, offset, Math.min(offset + 1024, pointerAt));
  if (/^xref\s+\d+\s+\d+\s/.test(section)) {
    // The classic table ends in the trailer dictionary that names the root.
    const rest = latin1(bytes, offset, pointerAt);
    return /trailer\s*<</.test(rest);
  }
  return /^\d+\s+\d+\s+obj\s*<<[\s\S]*\/Type\s*\/XRef/.test(section);
}
