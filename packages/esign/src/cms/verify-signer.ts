import { algorithmForSignatureOid, algorithmForSpki, describeUnsupported } from '../algorithms';
import type { SignatureAlgorithm } from '../algorithms/types';
import { bytesEqual } from '../bytes';
import { namesEqual } from '../certificates/names';
import type { NcaCertificate } from '../certificates/parse-certificate';
import { digestByOid } from './digests';
import type { ParsedSignedData, ParsedSigner } from './parse-signed-data';

export type SignerFailure = {
  code: 'malformed' | 'unsupported_algorithm' | 'content_mismatch' | 'signature_invalid' | 'signing_certificate_mismatch';
  detail: string;
};

/** The signer's certificate among candidates, by issuer+serial or key id. */
export function findSignerCertificate(signer: ParsedSigner, candidates: NcaCertificate[]): NcaCertificate | null {
  const { sid } = signer;
  return candidates.find((cert) => (sid.kind === 'issuerAndSerial'
    ? cert.serialNumber === sid.serialNumber && namesEqual(cert.issuer.der, sid.issuer)
    : cert.subjectKeyId === sid.keyId)) ?? null;
}

/**
 * Known pairs only: the digest must be the one of the key's algorithm, and
 * the signature OID must name that algorithm (or be the bare key OID, as
 * OpenSSL writes `rsaEncryption` into SignerInfo).
 */
export function resolveSignerAlgorithm(signer: ParsedSigner, cert: NcaCertificate): SignatureAlgorithm | SignerFailure {
  const keyAlgorithm = algorithmForSpki(cert.spki);
  if (!keyAlgorithm) return { code: 'unsupported_algorithm', detail: describeUnsupported(cert.algorithm.publicKeyOid) };
  const named = algorithmForSignatureOid(signer.signatureOid)
    ?? (signer.signatureOid === keyAlgorithm.publicKeyOid ? keyAlgorithm : null);
  if (!named) return { code: 'unsupported_algorithm', detail: describeUnsupported(signer.signatureOid) };
  if (named.name !== keyAlgorithm.name) {
    return { code: 'unsupported_algorithm', detail: `${named.name} signature with a ${keyAlgorithm.name} key` };
  }
  if (signer.digestOid !== keyAlgorithm.digestOid) {
    return { code: 'unsupported_algorithm', detail: `digest ${signer.digestOid} is not allowed with ${keyAlgorithm.name}` };
  }
  return keyAlgorithm;
}

/** CAdES-BES structure: signed attributes with one contentType and one messageDigest. */
export function checkSignerStructure(cms: ParsedSignedData, signer: ParsedSigner): SignerFailure | null {
  if (!signer.signedAttributes) return { code: 'malformed', detail: 'the signer has no signed attributes (not CAdES)' };
  if (signer.problems.length > 0) return { code: 'malformed', detail: signer.problems.join('; ') };
  if (!signer.messageDigest) return { code: 'malformed', detail: 'no messageDigest attribute' };
  if (signer.contentType !== cms.contentType) {
    return { code: 'malformed', detail: `contentType attribute ${signer.contentType ?? 'missing'} differs from ${cms.contentType}` };
  }
  return null;
}

export async function checkMessageDigest(signer: ParsedSigner, content: Uint8Array, algorithm: SignatureAlgorithm): Promise<SignerFailure | null> {
  const digest = await algorithm.digest(content);
  return signer.messageDigest && bytesEqual(digest, signer.messageDigest)
    ? null
    : { code: 'content_mismatch', detail: 'messageDigest differs from the hash of the content' };
}

export async function checkSignatureValue(signer: ParsedSigner, cert: NcaCertificate, algorithm: SignatureAlgorithm): Promise<SignerFailure | null> {
  const signed = signer.signedAttributes;
  const ok = signed !== null && await algorithm.verify(cert.spki, signed, signer.signature).catch(() => false);
  return ok ? null : { code: 'signature_invalid', detail: `${algorithm.name} signature over the signed attributes does not verify` };
}

/** ESS signing-certificate(-v2), when present, must name exactly this certificate. */
export async function checkSigningCertificate(signer: ParsedSigner, cert: NcaCertificate): Promise<SignerFailure | null> {
  const ref = signer.signingCertificate;
  if (!ref) return null;
  const hash = await digestByOid(ref.hashOid, cert.der);
  if (!hash) return { code: 'unsupported_algorithm', detail: `ESSCertID hash ${ref.hashOid}` };
  if (!bytesEqual(hash, ref.certHash) || (ref.serialNumber !== null && ref.serialNumber !== cert.serialNumber)) {
    return { code: 'signing_certificate_mismatch', detail: `signing-certificate-v${ref.version} names another certificate` };
  }
  return null;
}

/**
 * The cryptographic part for one signer, in checklist order: structure,
 * algorithm pair, content digest, signature, ESS binding.
 */
export async function verifySignerCryptography(
  cms: ParsedSignedData, signer: ParsedSigner, cert: NcaCertificate, content: Uint8Array,
): Promise<{ algorithm: SignatureAlgorithm | null; failure: SignerFailure | null }> {
  const structural = checkSignerStructure(cms, signer);
  if (structural) return { algorithm: null, failure: structural };
  const algorithm = resolveSignerAlgorithm(signer, cert);
  if ('code' in algorithm) return { algorithm: null, failure: algorithm };
  const failure = await checkMessageDigest(signer, content, algorithm)
    ?? await checkSignatureValue(signer, cert, algorithm)
    ?? await checkSigningCertificate(signer, cert);
  return { algorithm, failure };
}
