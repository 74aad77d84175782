import { algorithmForSignatureOid, algorithmForSpki } from '../algorithms';
import { sha256 } from '../algorithms/webcrypto';
import { BytesMemo } from '../remembered';
import type { NcaCertificate } from './parse-certificate';

export type SignedByResult =
  | { ok: true }
  | { ok: false; reason: 'unsupported_algorithm' | 'algorithm_mismatch' | 'signature_invalid'; detail: string };

/**
 * Issuer signatures already proven valid, by everything the check depends
 * on (the exact bytes, not a hash of them). The same CA certificates and
 * CRLs come with every signature a verifier sees; proving their signatures
 * again each time is most of a verification's cost (with GOST, several ms
 * each). Only a success is remembered, for exactly these bytes, so nothing
 * an attacker sends can put a "valid" in here that a real check did not
 * produce. Inputs over 256 kB (a full NCA CRL) are keyed by their SHA-256
 * instead, so the memo stays small.
 */
const proven = new BytesMemo<true>(2048);
const KEY_BY_BYTES_MAX = 256 * 1024;

async function proofKey(parts: readonly Uint8Array[]): Promise<readonly Uint8Array[]> {
  if (parts.reduce((n, p) => n + p.length, 0) <= KEY_BY_BYTES_MAX) return parts;
  const length = parts.reduce((n, p) => n + 4 + p.length, 0);
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    new DataView(all.buffer).setUint32(at, part.length);
    all.set(part, at + 4);
    at += 4 + part.length;
  }
  return [new TextEncoder().encode('sha256'), await sha256(all)];
}

/**
 * Checks a signature made by an issuer over `tbs` (a certificate's or a
 * CRL's to-be-signed bytes). Only known signature/key pairs pass: the
 * signature OID must name the same algorithm as the issuer's key.
 */
export async function verifySignedBy(
  signatureOid: string, tbs: Uint8Array, signature: Uint8Array, issuerSpki: Uint8Array,
): Promise<SignedByResult> {
  const algorithm = algorithmForSignatureOid(signatureOid);
  if (!algorithm) return { ok: false, reason: 'unsupported_algorithm', detail: `signature algorithm ${signatureOid} is not supported` };
  const keyAlgorithm = algorithmForSpki(issuerSpki);
  if (!keyAlgorithm || keyAlgorithm.name !== algorithm.name) {
    return { ok: false, reason: 'algorithm_mismatch', detail: `${algorithm.name} signature under a ${keyAlgorithm?.name ?? 'unsupported'} key` };
  }
  const key = await proofKey([new TextEncoder().encode(signatureOid), tbs, signature, issuerSpki]);
  if (proven.get(key)) return { ok: true };
  // A malformed signature value (e.g. all zeros) is simply not valid.
  const valid = await algorithm.verify(issuerSpki, tbs, signature).catch(() => false);
  if (!valid) return { ok: false, reason: 'signature_invalid', detail: `${algorithm.name} signature does not verify` };
  proven.set(key, true);
  return { ok: true };
}

/**
 * Proven pairs by the parsed objects themselves: parseCertificate hands out
 * one frozen object per exact DER, so the same pair of objects is the same
 * pair of byte strings — the memo above without even reading the bytes.
 */
const provenPairs = new WeakMap<object, WeakSet<NcaCertificate>>();

/** verifySignedBy for a parsed certificate or CRL (`signed`) under `issuer`'s key, remembered per pair of objects. */
export async function verifySignedByIssuer(
  signed: { tbs: Uint8Array; signatureValue: Uint8Array }, signatureOid: string, issuer: NcaCertificate,
): Promise<SignedByResult> {
  if (provenPairs.get(signed)?.has(issuer)) return { ok: true };
  const result = await verifySignedBy(signatureOid, signed.tbs, signed.signatureValue, issuer.spki);
  if (result.ok) {
    const issuers = provenPairs.get(signed) ?? new WeakSet<NcaCertificate>();
    issuers.add(issuer);
    provenPairs.set(signed, issuers);
  }
  return result;
}

/** Was `cert` signed by the key of `issuer`? Names are not compared here (chain building does). */
export function verifyIssuedBy(cert: NcaCertificate, issuer: NcaCertificate): Promise<SignedByResult> {
  return verifySignedByIssuer(cert, cert.algorithm.signatureOid, issuer);
}
