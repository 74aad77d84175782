// WebCrypto as both Node 20 and browsers expose it, without `node:` imports.
import { sha256 as sha256Inline } from '@noble/hashes/sha2.js';
import { bytesEqual } from '../bytes';
import { nativeSha256 } from './native-rsa';
import { BytesMemo } from '../remembered';

export function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('WebCrypto (crypto.subtle) is not available: a secure context (https) is required in the browser');
  return api;
}

export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + 65536)));
  }
  return out;
}

/**
 * A copy backed by a plain ArrayBuffer: the DOM typings want
 * `BufferSource` over `ArrayBuffer`, and a view into a shared or pooled
 * buffer must not leak more than its own bytes.
 */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/**
 * SHA-256. Small inputs (signed attributes, certificates, an act's text) are
 * hashed right here (natively in Node): WebCrypto's digest is a job handed to another thread,
 * and the hand-over cost more than the hash. Large ones (PDFs) go to WebCrypto.
 */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  if (data.length <= INLINE_HASH_MAX) return nativeSha256 ? nativeSha256(data) : sha256Inline(data);
  return new Uint8Array(await subtle().digest('SHA-256', bufferSource(data)));
}

// In Node the inline hash is the native one (see native-rsa.ts), so more can be hashed in place.
const INLINE_HASH_MAX = nativeSha256 ? 1024 * 1024 : 64 * 1024;

const publicKeys = new BytesMemo<CryptoKey>(256);

/**
 * A verifying public key, imported once per exact SPKI and algorithm: the
 * same signer and CA keys come with every signature. Only a key that
 * imported is remembered; it cannot sign and is not extractable.
 */
export async function verifyingKey(spki: Uint8Array, algorithm: RsaHashedImportParams | EcKeyImportParams): Promise<CryptoKey> {
  const key = [new TextEncoder().encode(JSON.stringify(algorithm)), spki];
  return publicKeys.get(key) ?? publicKeys.set(key, await subtle().importKey('spki', bufferSource(spki), algorithm, false, ['verify']));
}

type HeldSigningKey = { pkcs8: Uint8Array; algorithm: string; key: Promise<CryptoKey> };
const signingKeys = new WeakMap<Uint8Array, HeldSigningKey>();

/**
 * A signing key imported once per key file held in memory: importing an
 * RSA PKCS#8 key (parsing it, checking it) cost more than the signature.
 * Keyed by the caller's own `pkcs8` array, so the imported key lives only
 * as long as the caller keeps its key (WeakMap), and re-imported if those
 * bytes were changed in place (compared to a copy taken at import). The
 * CryptoKey is not extractable.
 */
export function signingKey(pkcs8: Uint8Array, algorithm: RsaHashedImportParams | EcKeyImportParams): Promise<CryptoKey> {
  const name = JSON.stringify(algorithm);
  const held = signingKeys.get(pkcs8);
  if (held && held.algorithm === name && bytesEqual(held.pkcs8, pkcs8)) return held.key;
  const key = subtle().importKey('pkcs8', bufferSource(pkcs8), algorithm, false, ['sign']);
  signingKeys.set(pkcs8, { pkcs8: pkcs8.slice(), algorithm: name, key });
  // A key that does not import is not kept: the next call tries again and throws again.
  key.catch(() => signingKeys.delete(pkcs8));
  return key;
}

