import { sha1 } from '@noble/hashes/legacy.js';

/** The PIN as PKCS#12 wants it: BMPString (UTF-16BE) with a terminating NUL (RFC 7292 Appendix B.1). */
export function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array((password.length + 1) * 2);
  for (let i = 0; i < password.length; i += 1) {
    out[i * 2] = password.charCodeAt(i) >> 8;
    out[i * 2 + 1] = password.charCodeAt(i) & 0xff;
  }
  return out;
}

const V = 64;

function repeatTo(source: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = source[i % source.length]!;
  return out;
}

/**
 * RFC 7292 Appendix B.2 with SHA-1: the key derivation of the NCA's key
 * files. id 1 = key, 2 = IV, 3 = MAC key.
 */
export function pkcs12Kdf(password: string, salt: Uint8Array, id: 1 | 2 | 3, iterations: number, length: number): Uint8Array {
  const pass = bmpPassword(password);
  const d = new Uint8Array(V).fill(id);
  const s = salt.length ? repeatTo(salt, V * Math.ceil(salt.length / V)) : new Uint8Array(0);
  const p = repeatTo(pass, V * Math.ceil(pass.length / V));
  const i = new Uint8Array([...s, ...p]);
  const out = new Uint8Array(length);
  for (let filled = 0; filled < length;) {
    let a = sha1(new Uint8Array([...d, ...i]));
    for (let r = 1; r < iterations; r += 1) a = sha1(a);
    out.set(a.subarray(0, Math.min(a.length, length - filled)), filled);
    filled += a.length;
    if (filled >= length) break;
    const b = repeatTo(a, V);
    for (let j = 0; j < i.length; j += V) {
      let carry = 1;
      for (let k = V - 1; k >= 0; k -= 1) {
        const sum = i[j + k]! + b[k]! + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}
