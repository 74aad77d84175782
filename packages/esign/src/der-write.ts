// Writing DER straight into bytes, for structures whose parts are mostly
// precomputed (the CMS around a signature): no object tree per call.
import { concatBytes } from './bytes';

export const TAG = {
  integer: 0x02, octetString: 0x04, null: 0x05, oid: 0x06, utcTime: 0x17, generalizedTime: 0x18,
  sequence: 0x30, set: 0x31, context0: 0xa0, context1: 0xa1,
} as const;

/** A DER length: short form below 128, else the fewest bytes (X.690 §10.1). */
function lengthBytes(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const out: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) out.unshift(rest % 256);
  return Uint8Array.of(0x80 | out.length, ...out);
}

/** One tag-length-value with the given contents, concatenated. */
export function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((n, part) => n + part.length, 0);
  return concatBytes(Uint8Array.of(tag), lengthBytes(length), ...contents);
}

/** An OBJECT IDENTIFIER from its dotted form (X.690 §8.19). */
export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((arc) => BigInt(arc));
  const [first = 0n, second = 0n, ...rest] = arcs;
  const body: number[] = [];
  for (const arc of [first * 40n + second, ...rest]) {
    const chunk: number[] = [Number(arc & 0x7fn)];
    for (let value = arc >> 7n; value > 0n; value >>= 7n) chunk.unshift(Number(value & 0x7fn) | 0x80);
    body.push(...chunk);
  }
  return tlv(TAG.oid, Uint8Array.from(body));
}

/** A small non-negative INTEGER (versions). */
export function smallInteger(value: number): Uint8Array {
  return tlv(TAG.integer, Uint8Array.of(value));
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * RFC 5652 §11.3 signing time, as asn1js wrote it before: UTCTime
 * YYMMDDHHMMSSZ (whole seconds) for 1950–2049, else GeneralizedTime
 * YYYYMMDDHHMMSS[.fff]Z (milliseconds without trailing zeros, X.690 §11.7).
 */
export function timeDer(date: Date): Uint8Array {
  const year = date.getUTCFullYear();
  const middle = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}`;
  if (year >= 1950 && year < 2050) return tlv(TAG.utcTime, new TextEncoder().encode(`${two(year % 100)}${middle}Z`));
  const ms = date.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0').replace(/0+$/, '')}`;
  return tlv(TAG.generalizedTime, new TextEncoder().encode(`${String(year).padStart(4, '0')}${middle}${fraction}Z`));
}
