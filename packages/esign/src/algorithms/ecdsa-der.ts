import { EsignError, EsignErrorCode } from '../errors';

// WebCrypto signs and verifies ECDSA as raw r‖s (IEEE P1363); certificates
// and CMS carry Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } in DER
// (RFC 5480 / RFC 3279). Parsing is strict DER: a signature with two
// encodings would let one signature be shown in two forms.

function malformed(message: string): EsignError {
  return new EsignError(EsignErrorCode.malformed, `ECDSA signature: ${message}`);
}

/** Length at `offset` (short form, or long form 0x81 for 128…255). */
function readLength(der: Uint8Array, offset: number): { length: number; next: number } {
  const first = der[offset];
  if (first === undefined) throw malformed('truncated');
  if (first < 0x80) return { length: first, next: offset + 1 };
  const second = der[offset + 1];
  if (first === 0x81 && second !== undefined && second >= 0x80) return { length: second, next: offset + 2 };
  throw malformed('bad length');
}

function readPositiveInteger(der: Uint8Array, offset: number, size: number): { value: Uint8Array; next: number } {
  if (der[offset] !== 0x02) throw malformed('INTEGER expected');
  const { length, next } = readLength(der, offset + 1);
  const end = next + length;
  if (length === 0 || end > der.length) throw malformed('truncated INTEGER');
  let body = der.subarray(next, end);
  if ((body[0]! & 0x80) !== 0) throw malformed('negative INTEGER');
  if (body[0] === 0 && body.length > 1) {
    if ((body[1]! & 0x80) === 0) throw malformed('INTEGER not minimally encoded');
    body = body.subarray(1);
  }
  if (body.length > size) throw malformed('INTEGER too large');
  const value = new Uint8Array(size);
  value.set(body, size - body.length);
  return { value, next: end };
}

/** DER Ecdsa-Sig-Value → r‖s, each `size` bytes big-endian (32 for P-256). */
export function ecdsaDerToRaw(der: Uint8Array, size = 32): Uint8Array {
  if (der[0] !== 0x30) throw malformed('SEQUENCE expected');
  const { length, next } = readLength(der, 1);
  if (next + length !== der.length) throw malformed('length does not match');
  const r = readPositiveInteger(der, next, size);
  const s = readPositiveInteger(der, r.next, size);
  if (s.next !== der.length) throw malformed('trailing bytes');
  const raw = new Uint8Array(2 * size);
  raw.set(r.value, 0);
  raw.set(s.value, size);
  return raw;
}

function integerDer(unsigned: Uint8Array): Uint8Array {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start += 1;
  const body = unsigned.subarray(start);
  // A set top bit would read as negative: prepend a zero byte.
  const pad = (body[0]! & 0x80) !== 0 ? 1 : 0;
  const out = new Uint8Array(2 + pad + body.length);
  out[0] = 0x02;
  out[1] = pad + body.length;
  out.set(body, 2 + pad);
  return out;
}

/** r‖s (two equal halves, big-endian) → DER Ecdsa-Sig-Value. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0 || raw.length > 2 * 66) {
    throw new EsignError(EsignErrorCode.invalidArgument, 'raw ECDSA signature must be r‖s of equal length');
  }
  const half = raw.length / 2;
  const r = integerDer(raw.subarray(0, half));
  const s = integerDer(raw.subarray(half));
  const contentLength = r.length + s.length;
  const header = contentLength < 0x80 ? [0x30, contentLength] : [0x30, 0x81, contentLength];
  const out = new Uint8Array(header.length + contentLength);
  out.set(header, 0);
  out.set(r, header.length);
  out.set(s, header.length + r.length);
  return out;
}
