import { ecdsaP256 } from './ecdsa-p256';
import { gost2015 } from './gost-2015';
import { rsaSha256 } from './rsa';
import { BytesMemo } from '../remembered';
import { parseSpki } from './spki';
import { OID, type AlgorithmName, type SignatureAlgorithm } from './types';

// Which algorithm handles a signature OID or a public key. Only known pairs
// are accepted (spec/ESIGN.md checklist 1); anything else is null, and
// describeUnsupported() says why in words a user can act on.

const BY_NAME: Record<AlgorithmName, SignatureAlgorithm> = {
  'RSA-SHA256': rsaSha256,
  'ECDSA-P256-SHA256': ecdsaP256,
  'GOST3410-2015-512': gost2015,
};

export const supportedAlgorithms: readonly SignatureAlgorithm[] = Object.values(BY_NAME);

export function algorithmByName(name: AlgorithmName): SignatureAlgorithm {
  return BY_NAME[name];
}

const BY_SIGNATURE_OID: ReadonlyMap<string, SignatureAlgorithm> = new Map([
  [OID.sha256WithRSAEncryption, rsaSha256],
  // CMS SignerInfo may name RSA by its key OID alone (RFC 3370 §3.2), as
  // Java/Bouncy Castle based signers — NCALayer among them — do; the digest
  // algorithm is then given separately and must be SHA-256.
  [OID.rsaEncryption, rsaSha256],
  [OID.ecdsaWithSHA256, ecdsaP256],
  [OID.gost2015Signature512, gost2015],
]);

export function algorithmForSignatureOid(oid: string): SignatureAlgorithm | null {
  return BY_SIGNATURE_OID.get(oid) ?? null;
}

/** The algorithm for a DER SubjectPublicKeyInfo, or null when it is not one Oryndau verifies (or not an SPKI at all). */
export function algorithmForSpki(spki: Uint8Array): SignatureAlgorithm | null {
  // Asked for the same signer and CA keys with every signature; the answer depends on the bytes alone.
  const key = [spki];
  const known = spkiAlgorithms.get(key);
  return known !== undefined ? known : spkiAlgorithms.set(key, algorithmOfSpki(spki));
}

const spkiAlgorithms = new BytesMemo<SignatureAlgorithm | null>(512);

function algorithmOfSpki(spki: Uint8Array): SignatureAlgorithm | null {
  let parts: ReturnType<typeof parseSpki>;
  try {
    parts = parseSpki(spki);
  } catch {
    return null;
  }
  switch (parts.algorithmOid) {
    case OID.rsaEncryption:
      return parts.parameterOids.length === 0 ? rsaSha256 : null;
    case OID.ecPublicKey:
      return parts.parameterOids.length === 1 && parts.parameterOids[0] === OID.prime256v1 ? ecdsaP256 : null;
    case OID.gost2015Key512: {
      const [paramSet, digest, ...rest] = parts.parameterOids;
      const known = paramSet === OID.gost2015Params512A && (digest === undefined || digest === OID.streebog512) && rest.length === 0;
      return known ? gost2015 : null;
    }
    default:
      return null;
  }
}

export type UnsupportedReason = 'legacy_gost_2004' | 'unknown_algorithm';

const GOST_2004_OIDS = new Set<string>([OID.gost2004Key, OID.gost2004Signature, '1.2.398.3.10.1.3.1' /* GOST 34.311-95 digest */]);

/** Why an OID (key, signature or digest) is refused; null when it is one Oryndau supports. */
export function unsupportedReason(oid: string): UnsupportedReason | null {
  if (GOST_2004_OIDS.has(oid)) return 'legacy_gost_2004';
  const supported = supportedAlgorithms.some((a) => a.signatureOid === oid || a.publicKeyOid === oid || a.digestOid === oid)
    || BY_SIGNATURE_OID.has(oid);
  return supported ? null : 'unknown_algorithm';
}

/**
 * A sentence for logs and error details saying why `oid` is not accepted.
 * Legacy GOST 34.310-2004 is named as such so the signer can be told to
 * use a current (GOST 34.10-2015 or RSA) key.
 */
export function describeUnsupported(oid: string): string {
  const reason = unsupportedReason(oid);
  switch (reason) {
    case 'legacy_gost_2004':
      return `GOST 34.310-2004 (legacy NCA algorithm, OID ${oid}) is not supported: sign with a GOST 34.10-2015 or RSA key`;
    case 'unknown_algorithm':
      return `algorithm ${oid} is not supported`;
    case null:
      // Called for a refused key whose OID is known: the curve or parameter set is the problem.
      return `algorithm ${oid} is supported, but not with these parameters (curve or parameter set)`;
  }
}
