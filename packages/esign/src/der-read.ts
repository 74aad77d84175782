// A strict DER reader over the bytes themselves (no object per node), for
// the hot path of reading a CMS. It accepts only what DER allows —
// single-byte tags, definite minimal lengths — and answers null for
// anything else, so its caller can hand the input to the general (pkijs)
// reader instead of guessing.

/** One tag-length-value inside `bytes`: contents are bytes[contentStart, end). */
export type Tlv = { tag: number; start: number; contentStart: number; end: number };

export function readTlv(bytes: Uint8Array, offset: number, limit: number): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) return null; // multi-byte tag numbers: not in the structures read here
  const first = bytes[offset + 1]!;
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length; more than 4 length bytes is nothing a CMS here needs.
    if (count === 0 || count > 4 || contentStart + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + bytes[contentStart + i]!;
    // DER: the fewest length bytes, and the long form only from 128 on.
    if (bytes[contentStart] === 0 || length < 0x80) return null;
    contentStart += count;
  }
  const end = contentStart + length;
  return end > limit ? null : { tag, start: offset, contentStart, end };
}

/** The elements that exactly fill a constructed value's contents, or null. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  if ((parent.tag & 0x20) === 0) return null;
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end;) {
    const child = readTlv(bytes, at, parent.end);
    if (!child) return null;
    out.push(child);
    at = child.end;
  }
  return out;
}

export const contentsOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.contentStart, tlv.end);
export const encodingOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.start, tlv.end);

/** An OBJECT IDENTIFIER's dotted form, or null when its contents are not a valid encoding. */
export function oidText(contents: Uint8Array): string | null {
  if (contents.length === 0 || (contents[contents.length - 1]! & 0x80) !== 0) return null;
  const arcs: string[] = [];
  let value = 0;
  let big: bigint | null = null;
  let fresh = true;
  for (const byte of contents) {
    if (fresh && byte === 0x80) return null; // a leading 0x80 pads an arc: not DER
    fresh = false;
    if (big === null && value > 0x1ffffffffffff) big = BigInt(value);
    if (big === null) value = value * 128 + (byte & 0x7f);
    else big = big * 128n + BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) {
      const arc = big ?? BigInt(value);
      if (arcs.length === 0) {
        const top = arc < 80n ? arc / 40n : 2n;
        arcs.push(String(top), String(arc - top * 40n));
      } else {
        arcs.push(String(arc));
      }
      value = 0;
      big = null;
      fresh = true;
    }
  }
  return arcs.join('.');
}
