// Little helpers for reading binary structures out of a Uint8Array without
// Node's Buffer, so the recogniser also runs in the browser (issue 14 item 9:
// the applicant is warned before sending).

export function u16le(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32le(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

/** A 64-bit little-endian number; larger than 2^53 reads as Infinity (never a valid offset here). */
export function u64le(b: Uint8Array, at: number): number {
  const high = u32le(b, at + 4);
  return high >= 0x200000 ? Infinity : high * 0x100000000 + u32le(b, at);
}

export function u16be(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

export function startsWith(b: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (at + prefix.length > b.length) return false;
  return prefix.every((byte, i) => b[at + i] === byte);
}

/** Latin-1 view of a byte range (every byte one char): for ASCII keywords in PDFs and ZIP names. */
export function latin1(b: Uint8Array, from: number, to: number): string {
  let out = '';
  const end = Math.min(to, b.length);
  for (let i = Math.max(0, from); i < end; i += 8192) {
    out += String.fromCharCode(...b.subarray(i, Math.min(i + 8192, end)));
  }
  return out;
}
