import { algorithmForSignatureOid, algorithmForSpki } from '../algorithms';
import type { NcaCertificate } from './parse-certificate';

export type SignedByResult =
  | { ok: true }
  | { ok: false; reason: 'unsupported_algorithm' | 'algorithm_mismatch' | 'signature_invalid'; detail: string };

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
  // A malformed signature value (e.g. all zeros) is simply not valid.
  const valid = await algorithm.verify(issuerSpki, tbs, signature).catch(() => false);
  return valid ? { ok: true } : { ok: false, reason: 'signature_invalid', detail: `${algorithm.name} signature does not verify` };
}

/** Was `cert` signed by the key of `issuer`? Names are not compared here (chain building does). */
export function verifyIssuedBy(cert: NcaCertificate, issuer: NcaCertificate): Promise<SignedByResult> {
  return verifySignedBy(cert.algorithm.signatureOid, cert.tbs, cert.signatureValue, issuer.spki);
}
